//! Related stories as a plain vertical list (`related="list"`).

use chrono::{DateTime, Utc};
use yew::prelude::*;

use crate::model::words::Words;
use crate::model::Related;
use crate::view::context::CardContext;
use crate::view::slide::slide;

/// The list as of `now`, headed in the reader's language. Named by its heading and the card's
/// headline, so each card's list is a region with a name of its own.
pub fn related_list(card: &CardContext, stories: &[Related], now: DateTime<Utc>) -> Html {
    html! {
        <section class="related related-as-list" part="related"
                 aria-labelledby="related-title headline">
            <div class="related-head">{ related_title(card.words()) }</div>
            <ul class="list">
                { for stories.iter().enumerate().map(|(i, story)| slide(card, story, None, i < 2, now)) }
            </ul>
        </section>
    }
}

/// The related stories' heading, in the reader's language: the list's and the carousel's
/// (whose heading row adds its readout and buttons).
pub fn related_title(words: &Words) -> Html {
    html! { <h3 class="related-title" id="related-title">{ words.related }</h3> }
}
