//! An external link that tells the host page first. It emits [`CardEvent::Navigate`]; when the
//! host cancels that event, the click does nothing, so the host can route the URL itself. A
//! plain function: it has no state.

use yew::prelude::*;

use crate::model::{CardEvent, HttpUrl};
use crate::view::context::CardContext;

/// A link to `url` (a related story's when `related`) with `text`, for `card`.
pub fn link(
    card: &CardContext,
    url: &HttpUrl,
    related: bool,
    class: &'static str,
    text: String,
) -> Html {
    let onclick = card.on_event.clone().map(|on_event| {
        let url = url.clone();
        Callback::from(move |click: MouseEvent| {
            // Ctrl/⌘-, Shift- and Alt-clicks (new tab, new window, download) are the browser's:
            // no navigate event a host could cancel. Middle clicks never fire `click`.
            if click.ctrl_key() || click.meta_key() || click.shift_key() || click.alt_key() {
                return;
            }
            let allowed = on_event.emit(CardEvent::Navigate {
                url: url.clone(),
                related,
            });
            if !allowed {
                click.prevent_default();
            }
        })
    });
    // The main story's link is a styling part; related links are reached through `slide`.
    let part = (!related).then_some("title-link");
    html! {
        <a {class} {part} href={url.to_string()}
           target={card.config.target.clone()} rel="noopener noreferrer" {onclick}
           aria-describedby={(card.config.target == "_blank").then_some("new-tab")}>
            { text }
        </a>
    }
}
