//! [`CardEvent`]s as bubbling, composed `CustomEvent`s on the host element.

use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};
use yew::Callback;

use crate::model::CardEvent;

/// A callback that dispatches each event on `host` and returns `false` when a listener
/// called `preventDefault()`.
pub fn dispatcher(host: &Element) -> Callback<CardEvent, bool> {
    let host = host.clone();
    Callback::from(move |event: CardEvent| dispatch(&host, &event))
}

fn dispatch(host: &Element, event: &CardEvent) -> bool {
    let detail = Object::new();
    let set = |key: &str, value: JsValue| {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&detail, &JsValue::from_str(key), &value);
    };
    match event {
        CardEvent::Load { title, url } => {
            set("title", JsValue::from_str(title));
            set(
                "url",
                url.as_ref()
                    .map_or(JsValue::NULL, |u| JsValue::from_str(u.as_str())),
            );
        }
        CardEvent::Error { kind, message } => {
            set("kind", JsValue::from_str(kind));
            set("message", JsValue::from_str(message));
        }
        CardEvent::Navigate { url, related } => {
            set("url", JsValue::from_str(url.as_str()));
            set("related", JsValue::from_bool(*related));
            set(
                "kind",
                JsValue::from_str(if *related { "related" } else { "main" }),
            );
        }
    }
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_cancelable(event.cancelable());
    init.set_detail(&detail);
    match CustomEvent::new_with_event_init_dict(event.name(), &init) {
        // A listener's exception is reported by the browser and does not reach us.
        Ok(dom_event) => host.dispatch_event(&dom_event).unwrap_or(true),
        Err(_) => true,
    }
}
