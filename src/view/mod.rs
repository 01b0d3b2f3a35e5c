//! The card in Yew: every part of it is drawn by `html!`, in the browser by Yew's client
//! renderer and natively by its server renderer (tests/markup.rs), from the same code.
//!
//! Components (one per file): `NewsCard` (the widget: loads the article, shows the skeleton,
//! the error panel or the card), `Card` (a loaded article) and `Carousel` (the related stories'
//! track, with its position). The other parts are plain functions returning `Html`: they have
//! no state, and each component costs its own lifecycle code in the wasm. They receive checked
//! model types only; they never see raw JSON and never fetch (`use_article` does).
//!
//! Renders are pure: DOM reads and writes, events and marks happen in callbacks and effects.

pub mod byline;
pub mod card;
pub mod carousel;
pub mod context;
pub mod error_panel;
pub mod hero;
pub mod link;
#[cfg(target_arch = "wasm32")]
pub mod news_card;
pub mod published;
pub mod related_list;
pub mod skeleton;
pub mod slide;
pub mod topics;
#[cfg(target_arch = "wasm32")]
pub mod use_article;

use wasm_bindgen::JsCast;
use web_sys::{Element, Event};
use yew::prelude::*;

use crate::model::{text, Provider};

/// The letter an image placeholder shows: the provider's, else the headline's.
pub fn placeholder_initial(provider: Option<&Provider>, headline: &str) -> Option<AttrValue> {
    text::initial(provider.and_then(|p| p.label()).unwrap_or(headline)).map(AttrValue::from)
}

/// An image that marks itself `data-failed` when it fails, so the stylesheet hides it and the
/// tint behind it shows, never the browser's broken-image icon. `class` and `alt` as given
/// (`alt=""`: decorative).
pub fn img(
    src: &str,
    size: (Option<u32>, Option<u32>),
    loading: &'static str,
    class: Option<&'static str>,
    alt: AttrValue,
) -> Html {
    let (width, height) = size;
    // `src` last (Yew sets the attributes in the order written): an image's fetch then never
    // starts before its `loading` and `referrerpolicy` are there. Today's browsers read both a
    // microtask after `src` is set (HTML's "update the image data"), so the order is a guard
    // for any that would not; tests/e2e/referrers.mjs checks the outcome in Chromium and Firefox.
    html! {
        <img class={class} width={width.map(number)} height={height.map(number)} {loading}
             decoding="async" referrerpolicy="no-referrer" {alt} onerror={on_image_error()}
             src={AttrValue::from(src.to_owned())} />
    }
}

/// A number as an attribute value.
fn number(n: u32) -> AttrValue {
    AttrValue::from(text::decimal(u64::from(n)))
}

thread_local! {
    /// The one listener every card's images share: it marks the image that failed, and holds
    /// no component's state.
    static IMAGE_ERROR: Callback<Event> = Callback::from(|event: Event| {
        if let Some(image) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) {
            let _ = image.set_attribute("data-failed", "");
        }
    });
}

fn on_image_error() -> Option<Callback<Event>> {
    IMAGE_ERROR.try_with(Callback::clone).ok()
}

/// The tinted box that shows `initial` (the stylesheet draws it), behind an image or instead
/// of one: the hero's and each related story's.
pub fn thumb(initial: Option<AttrValue>, hidden: bool, image: Html) -> Html {
    html! {
        <div class="thumb" data-initial={initial} aria-hidden={hidden.then_some("true")}>
            { image }
        </div>
    }
}
