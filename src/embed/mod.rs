//! The embedding layer: the `<news-card>` custom element, its shadow root and stylesheet, its
//! attributes turned into props, and its events. The only layer that imports `view`.

mod events;
mod panic;
mod props;
mod registry;
pub mod style;

use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::model::config::ATTRIBUTES;

#[wasm_bindgen(module = "/src/embed/element.js")]
extern "C" {
    fn define_news_card(
        observed: &js_sys::Array,
        connected: &JsValue,
        disconnected: &JsValue,
        changed: &JsValue,
        version: &str,
    );
}

thread_local! {
    static DEFINED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Defines the `<news-card>` element (once per page; later calls do nothing). Elements already
/// in the page upgrade at once, and elements added later upgrade as they are inserted.
pub fn define() {
    if DEFINED.with(|defined| defined.replace(true)) {
        return;
    }
    panic::install();
    let observed: js_sys::Array = ATTRIBUTES.iter().map(|a| JsValue::from_str(a)).collect();
    let connected = Closure::<dyn Fn(Element, bool)>::new(registry::connected);
    let disconnected = Closure::<dyn Fn(Element)>::new(registry::disconnected);
    let changed = Closure::<dyn Fn(Element, bool)>::new(registry::changed);
    define_news_card(
        &observed,
        connected.as_ref(),
        disconnected.as_ref(),
        changed.as_ref(),
        env!("CARGO_PKG_VERSION"),
    );
    // The element class keeps calling these for the life of this instance.
    connected.forget();
    disconnected.forget();
    changed.forget();
}
