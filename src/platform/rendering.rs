//! Which card the widget is drawing, so that a crash can name and blame it (see
//! `embed::panic` and `element.js`), and what the element module does for a drawn card. The
//! note lives in JS: in the release build a panic is a bare wasm trap, and only the element
//! module is left to read it.

use wasm_bindgen::prelude::wasm_bindgen;
use web_sys::Element;

#[wasm_bindgen(module = "/src/embed/element.js")]
extern "C" {
    /// Notes that `host`'s card is rendering now. Components mark their card on every render.
    #[wasm_bindgen(js_name = mark_drawing)]
    pub fn mark(host: &Element);

    fn set_mounted(host: &Element, on: bool);

    /// Has `image` mark itself `data-failed` when it fails to load (one listener function, in
    /// JS, shared by every image of every card).
    pub fn watch_image(image: &Element);

    /// Whether `host` is on screen (the element module's observer; `true` until it knows).
    pub fn on_screen(host: &Element) -> bool;

    /// Resolves, in a task of its own, when a card may draw what it just loaded: the element
    /// module draws a few per task and frame.
    fn draw_slot() -> js_sys::Promise;
}

/// Waits for the element module's turn to draw a loaded article (see `draw_slot`).
pub async fn turn_to_draw() {
    let _ = wasm_bindgen_futures::JsFuture::from(draw_slot()).await;
}

/// Notes on `host` (its `:state(mounted)`) that its card is being drawn, so a page's reserved
/// box (news-card-reserve.css) gives way to it. Called while the card renders.
pub fn shown(host: &Element) {
    set_mounted(host, true);
}
