//! [`CardEvent`]s as bubbling, composed `CustomEvent`s on the host element.

use serde::Serialize;
use serde_wasm_bindgen::Serializer;
use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, CustomEventInit, Element};
use yew::Callback;

use crate::model::CardEvent;

#[wasm_bindgen(module = "/src/embed/runtime/warnings.js")]
extern "C" {
    /// Logs a card's failure (the detail of its `news-card:error`) for the site owner.
    fn warn_failure(host: &Element, detail: &JsValue);
}

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
    let proceed = match CustomEvent::new_with_event_init_dict(event.name(), &init) {
        // A listener's exception is reported by the browser and does not reach us.
        Ok(dom_event) => host.dispatch_event(&dom_event).unwrap_or(true),
        Err(_) => true,
    };
    if matches!(event, CardEvent::Error { .. }) {
        warn_failure(host, &detail);
    }
    proceed
}
