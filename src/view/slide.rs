//! `<Slide>`: one related story in the carousel: thumbnail, title link, provider and date.

use chrono::{DateTime, Utc};
use yew::prelude::*;

use crate::model::Related;
use crate::view::published::Published;

#[derive(Properties, PartialEq)]
pub struct SlideProps {
    pub story: Related,
    pub now: DateTime<Utc>,
    /// "2 of 3", for screen readers.
    pub label: AttrValue,
}

#[component]
pub fn Slide(props: &SlideProps) -> Html {
    let story = &props.story;
    let headline = story.headline().to_owned();
    let thumb = story.images.first().map(|image| {
        html! {
            <img class="thumb" src={image.url.to_string()} alt=""
                 width={image.width.map(|w| w.to_string())}
                 height={image.height.map(|h| h.to_string())}
                 loading="lazy" decoding="async" referrerpolicy="no-referrer" />
        }
    });
    let title = match story.link() {
        Some(url) => html! {
            <a class="slide-link" href={url.to_string()} target="_blank" rel="noopener noreferrer">
                { headline }
            </a>
        },
        None => html! { headline },
    };
    html! {
        <li class="slide" part="slide" aria-roledescription="slide" aria-label={props.label.clone()}>
            if let Some(thumb) = thumb {
                { thumb }
            } else {
                <div class="thumb thumb-empty" aria-hidden="true"></div>
            }
            <h4 class="slide-title">{ title }</h4>
            <p class="slide-meta">
                if let Some(label) = story.provider.as_ref().and_then(|p| p.label()) {
                    <span class="slide-provider">{ label.to_owned() }</span>
                }
                if let Some(at) = story.published {
                    <Published {at} now={props.now} short=true />
                }
            </p>
        </li>
    }
}
