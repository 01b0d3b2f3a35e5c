//! Which card the widget is drawing, so that a crash can name and blame it (see
//! `embed::panic` and `src/embed/runtime/instance.js`), whether a card shows something yet
//! (`:state(mounted)`), and the pacer's turn to draw. The notes live in JS
//! (`rendering.js`): in the release build a panic is a bare wasm trap, and only JS is left to
//! read them.
//!
//! Every piece of work the wasm does for one card marks that card first: the element's
//! callbacks (`instance.js`), converting a fetched article (`fetch::load`), the renders of
//! the card's three components and the carousel's events and effects. A mark lasts until the
//! microtasks then queued have run, so a crash outside any marked work blames no card.

use wasm_bindgen::prelude::wasm_bindgen;
use web_sys::Element;

#[wasm_bindgen(module = "/src/platform/rendering.js")]
extern "C" {
    /// Notes that the wasm works for `host`'s card now: a crash before the note lapses (when
    /// the microtasks queued by then have run) is this card's.
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

/// Marks the card of a component about to render (see [`mark`]); none when it has no host
/// (the server renderer, the tests' bare mounts).
pub fn mark_render(host: Option<&Element>) {
    if let Some(host) = host {
        mark(host);
    }
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
