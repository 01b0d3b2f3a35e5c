//! Which card the widget is drawing, so that a crash can name and blame it (see
//! `embed::panic` and `element.js`). Components mark their card on every render through the
//! card context. The note lives in JS: in the release build a panic is a bare wasm trap, and
//! only the element module is left to read it.

use wasm_bindgen::prelude::wasm_bindgen;
use web_sys::Element;

#[wasm_bindgen(module = "/src/embed/element.js")]
extern "C" {
    fn mark_drawing(host: &Element);
    fn set_mounted(host: &Element, on: bool);
    #[wasm_bindgen(js_name = watch_image)]
    fn watch_image_js(image: &Element);
}

/// Has `image` mark itself `data-failed` when it fails to load (one listener function, in JS,
/// shared by every image of every card).
pub fn watch_image(image: &Element) {
    watch_image_js(image);
}

/// Notes that `host`'s card is rendering now.
pub fn mark(host: &Element) {
    mark_drawing(host);
}

/// Notes on `host` (its `:state(mounted)`) that its card is being drawn, so a page's reserved
/// box (news-card-reserve.css) gives way to it. Called while the card renders.
pub fn shown(host: &Element) {
    set_mounted(host, true);
}
