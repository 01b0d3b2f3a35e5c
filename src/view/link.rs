//! `<Link>`: an external link that tells the host page first. It emits
//! [`CardEvent::Navigate`]; when the host cancels that event, the click does nothing, so the
//! host can route the URL itself.

use yew::prelude::*;

use crate::model::{CardEvent, HttpUrl};
use crate::view::context::use_card;

#[derive(Properties, PartialEq)]
pub struct LinkProps {
    pub url: HttpUrl,
    /// A related story's link (or the main story's).
    pub related: bool,
    pub class: AttrValue,
    #[prop_or_default]
    pub part: Option<AttrValue>,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Link(props: &LinkProps) -> Html {
    let card = use_card();
    let onclick = card.on_event.clone().map(|on_event| {
        let url = props.url.clone();
        let related = props.related;
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
    html! {
        <a class={props.class.clone()} part={props.part.clone()} href={props.url.to_string()}
           target={card.config.target.clone()} rel="noopener noreferrer" {onclick}
           aria-describedby={(card.config.target == "_blank").then_some("new-tab")}>
            { props.children.clone() }
        </a>
    }
}
