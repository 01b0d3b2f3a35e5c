//! Which card the widget is rendering, so that a panic can name it (see `embed::panic`).
//! Components mark their card on every render through the card context.

use std::cell::RefCell;

use web_sys::Element;

thread_local! {
    static CARD: RefCell<Option<Element>> = const { RefCell::new(None) };
}

/// Notes that `host`'s card is rendering now.
pub fn mark(host: &Element) {
    let _ = CARD.try_with(|card| {
        if let Ok(mut card) = card.try_borrow_mut() {
            if card.as_ref() != Some(host) {
                *card = Some(host.clone());
            }
        }
    });
}

/// The card rendered last, if any.
pub fn card() -> Option<Element> {
    CARD.try_with(|card| card.try_borrow().ok().and_then(|c| c.clone()))
        .ok()
        .flatten()
}

#[wasm_bindgen::prelude::wasm_bindgen(module = "/src/embed/element.js")]
extern "C" {
    fn set_mounted(host: &Element, on: bool);
}

/// Notes on `host` (its `:state(mounted)`) that its card is being drawn, so a page's reserved
/// box (news-card-reserve.css) gives way to it. Called while the card renders.
pub fn shown(host: &Element) {
    set_mounted(host, true);
}
