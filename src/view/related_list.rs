//! Related stories as a plain vertical list (`related="list"`).

use crate::model::words::Words;
use crate::model::Related;
use crate::view::context::CardContext;
use crate::view::dom::{el, Clocks, El};
use crate::view::slide::slide;

/// The list, headed in the reader's language. Named by its heading and the card's headline,
/// so each card's list is a region with a name of its own.
pub fn related_list(card: &CardContext, stories: &[Related], clocks: &mut Clocks) -> El {
    let words = card.words();
    let list = stories
        .iter()
        .enumerate()
        .fold(el("ul").attr("class", "list"), |list, (i, story)| {
            list.child(slide(card, story, None, i < 2, clocks))
        });
    el("section")
        .attr("class", "related related-as-list")
        .attr("part", "related")
        .attr("aria-labelledby", "related-title headline")
        .child(related_head(words))
        .child(list)
}

/// The related stories' heading row, in the reader's language: the list's and the carousel's
/// (which adds its readout and buttons to it).
pub fn related_head(words: &Words) -> El {
    el("div").attr("class", "related-head").child(
        el("h3")
            .attr("class", "related-title")
            .attr("id", "related-title")
            .text(words.related),
    )
}
