//! `<RelatedList>`: related stories as a plain vertical list (`related="list"`).

use std::rc::Rc;

use chrono::{DateTime, Utc};
use yew::prelude::*;

use crate::model::{CardEvent, Config, Related};
use crate::view::slide::Slide;

/// The props of both ways to show related stories: [`RelatedList`] and the carousel.
#[derive(Properties, PartialEq)]
pub struct RelatedProps {
    pub stories: Rc<Vec<Related>>,
    pub now: DateTime<Utc>,
    pub config: Rc<Config>,
    #[prop_or_default]
    pub on_event: Option<Callback<CardEvent, bool>>,
}

#[component]
pub fn RelatedList(props: &RelatedProps) -> Html {
    html! {
        <section class="related related-as-list" part="related" aria-label="Related stories">
            <div class="related-head">
                <h3 class="related-title">{ "Related stories" }</h3>
            </div>
            <ul class="list">
                { for props.stories.iter().map(|story| html! {
                    <Slide story={story.clone()} now={props.now} config={props.config.clone()}
                           on_event={props.on_event.clone()} />
                }) }
            </ul>
        </section>
    }
}
