//! [`CardEvent`]s as bubbling, composed `CustomEvent`s on the host element.

use serde::Serialize;
use serde_wasm_bindgen::Serializer;
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
    // Plain strings and booleans into a fresh object: serializing cannot fail.
    let detail = event
        .serialize(&Serializer::new().serialize_missing_as_null(true))
        .unwrap_or(JsValue::NULL);
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
