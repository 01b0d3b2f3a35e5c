//! Which card the widget is drawing, so that a crash can name and blame it (see
//! `embed::panic` and `src/embed/runtime/instance.js`), whether a card shows something yet
//! (`:state(mounted)`), and the pacer's turn to draw. The notes live in JS
//! (`rendering.js`): in the release build a panic is a bare wasm trap, and only JS is left to
//! read them.
//!
//! Renders never call these: the card is marked where a render is asked for (the element's
//! callbacks, a loaded article, a carousel's event), and marked mounted in an effect.

use wasm_bindgen::prelude::wasm_bindgen;
use web_sys::Element;

#[wasm_bindgen(module = "/src/platform/rendering.js")]
extern "C" {
    /// Notes that `host`'s card is about to render: Yew renders in a microtask after whatever
    /// asked for the render, so the last card marked is the one a crash in that render blames.
    #[wasm_bindgen(js_name = mark_drawing)]
    pub fn mark(host: &Element);

    fn set_mounted(host: &Element, on: bool);
}

#[wasm_bindgen(module = "/src/platform/pacer.js")]
extern "C" {
    /// Resolves, in a task of its own, when a card may draw what it just loaded: the runtime's
    /// pacer lets a few draw per task and frame.
    #[cfg(target_arch = "wasm32")]
    fn draw_slot() -> js_sys::Promise;
}

/// Waits for the pacer's turn to draw a loaded article (see `draw_slot`).
#[cfg(target_arch = "wasm32")]
pub async fn turn_to_draw() {
    let _ = wasm_bindgen_futures::JsFuture::from(draw_slot()).await;
}

/// Notes on `host` (its `:state(mounted)`) that its card is drawn, so a page's reserved box
/// (news-card-reserve.css) gives way to it. Called from the effect of the render that drew it,
/// in the same task, before the browser paints.
pub fn shown(host: &Element) {
    set_mounted(host, true);
}
