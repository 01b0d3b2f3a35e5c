//! The article's topics as a list of chips.

use crate::model::words::Words;
use crate::view::dom::{el, El};

/// The topic chips, named in the reader's language.
pub fn topics(topics: &[String], words: &Words) -> El {
    topics.iter().fold(
        el("ul")
            .attr("class", "topics")
            .attr("part", "topics")
            .attr("aria-label", words.topics),
        |list, topic| {
            list.child(
                el("li")
                    .attr("class", "chip")
                    .attr("part", "chip")
                    .text(topic),
            )
        },
    )
}
