//! `<RelatedList>`: related stories as a plain vertical list (`related="list"`).

use std::rc::Rc;

use yew::prelude::*;

use crate::model::Related;
use crate::view::context::CardContext;
use crate::view::slide::slide;

/// The props of both ways to show related stories: [`related_list`] and the carousel.
#[derive(Properties, PartialEq)]
pub struct RelatedProps {
    pub stories: Rc<Vec<Related>>,
}

/// The list, headed in the reader's language. Named by its heading and the card's headline,
/// so each card's list is a region with a name of its own. A plain function: it has no state.
pub fn related_list(card: &CardContext, stories: &[Related]) -> Html {
    let words = card.words();
    html! {
        <section class="related related-as-list" part="related"
                 aria-labelledby="related-title headline">
            <div class="related-head">
                <h3 class="related-title" id="related-title">{ words.related }</h3>
            </div>
            <ul class="list">
                { for stories.iter().enumerate().map(|(i, story)| slide(card, story, None, i < 2)) }
            </ul>
        </section>
    }
}
