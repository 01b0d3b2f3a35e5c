//! `<RelatedList>`: related stories as a plain vertical list (`related="list"`).

use std::rc::Rc;

use yew::prelude::*;

use crate::model::Related;
use crate::view::slide::Slide;

/// The props of both ways to show related stories: [`related_list`] and the carousel.
#[derive(Properties, PartialEq)]
pub struct RelatedProps {
    pub stories: Rc<Vec<Related>>,
}

/// The list. A plain function: it has no state.
pub fn related_list(stories: &[Related]) -> Html {
    html! {
        <section class="related related-as-list" part="related" aria-label="Related stories">
            <div class="related-head">
                <h3 class="related-title">{ "Related stories" }</h3>
            </div>
            <ul class="list">
                { for stories.iter().map(|story| html! { <Slide story={story.clone()} /> }) }
            </ul>
        </section>
    }
}
