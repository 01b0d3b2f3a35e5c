//! The embedding layer: the `<news-card>` custom element, its shadow root and stylesheet, its
//! attributes turned into props, and its events. The only layer that imports `view`.

mod events;
mod panic;
mod props;
mod registry;
pub mod style;

use wasm_bindgen::prelude::*;
use web_sys::Element;

#[wasm_bindgen(module = "/src/embed/runtime/element.js")]
extern "C" {
    fn define_news_card(
        connected: &JsValue,
        disconnected: &JsValue,
        changed: &JsValue,
        version: &str,
    );
}

thread_local! {
    static DEFINED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Hands the `<news-card>` element (defined by `runtime/element.js` as soon as the glue loads)
/// to this instance, once per instance: the cards already on the page mount now, later ones as
/// they connect.
pub fn define() {
    if DEFINED.with(|defined| defined.replace(true)) {
        return;
    }
    panic::install();
    let connected = Closure::<dyn Fn(Element, bool)>::new(registry::connected);
    let disconnected = Closure::<dyn Fn(Element)>::new(registry::disconnected);
    let changed = Closure::<dyn Fn(Element, bool)>::new(registry::changed);
    define_news_card(
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
