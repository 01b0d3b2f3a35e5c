//! External links that tell the host page first. A click emits [`CardEvent::Navigate`]; when
//! the host cancels that event, the click does nothing, so the host can route the URL itself.
//! One listener on the card serves all its links.

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::model::{CardEvent, HttpUrl};
use crate::view::context::CardContext;

/// A link to `url` (a related story's when `related`) with `text`, for `card`.
pub fn link(
    card: &CardContext,
    url: &HttpUrl,
    related: bool,
    class: &'static str,
    text: &str,
) -> Html {
    let target = AttrValue::from(card.config.target.clone());
    let new_tab = card.config.target == "_blank";
    // The main story's link is a styling part; related links are reached through `slide`.
    let part = (!related).then_some("title-link");
    html! {
        <a class={class} {part}
           href={AttrValue::from(url.as_str().to_owned())} {target} rel="noopener noreferrer"
           aria-describedby={new_tab.then_some("new-tab")}>
            { text.to_owned() }
        </a>
    }
}

/// The card's click listener: a click on one of its links asks the host first.
pub fn on_link_click(card: &CardContext) -> Option<Callback<MouseEvent>> {
    let on_event = card.on_event.clone()?;
    Some(Callback::from(move |click: MouseEvent| {
        // Ctrl/⌘-, Shift- and Alt-clicks (new tab, new window, download) are the browser's:
        // no navigate event a host could cancel. Middle clicks never fire `click`.
        if click.ctrl_key() || click.meta_key() || click.shift_key() || click.alt_key() {
            return;
        }
        let Some(anchor) = click
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest("a[href]").ok().flatten())
        else {
            return;
        };
        // The href is one the card wrote from a checked URL.
        let Some(url) = anchor
            .get_attribute("href")
            .and_then(|href| HttpUrl::parse(&href, None).ok())
        else {
            return;
        };
        let related = anchor.matches(".slide-link").unwrap_or(false);
        if !on_event.emit(CardEvent::Navigate { url, related }) {
            click.prevent_default();
        }
    }))
}
