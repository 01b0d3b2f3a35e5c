//! `<Slide>`: one related story: thumbnail, title link, provider and date. Used by the
//! carousel and by the list.

use std::rc::Rc;

use chrono::{DateTime, Utc};
use yew::prelude::*;

use crate::model::{CardEvent, Config, Related};
use crate::view::link::Link;
use crate::view::published::Published;

#[derive(Properties, PartialEq)]
pub struct SlideProps {
    pub story: Related,
    pub now: DateTime<Utc>,
    pub config: Rc<Config>,
    /// "2 of 3", for screen readers, when the story is a carousel slide.
    #[prop_or_default]
    pub label: Option<AttrValue>,
    #[prop_or_default]
    pub on_event: Option<Callback<CardEvent, bool>>,
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
    let title = match props.config.related_link(story) {
        Some(url) => html! {
            <Link class="slide-link" url={url.clone()} related={true}
                  target={props.config.target.clone()} on_event={props.on_event.clone()}>
                { headline }
            </Link>
        },
        None => html! { headline },
    };
    let locale: Option<AttrValue> = props.config.locale.clone().map(AttrValue::from);
    let role = props.label.as_ref().map(|_| AttrValue::from("slide"));
    html! {
        <li class="slide" part="slide" aria-roledescription={role} aria-label={props.label.clone()}>
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
                    <Published {at} now={props.now} {locale} short=true />
                }
            </p>
        </li>
    }
}
