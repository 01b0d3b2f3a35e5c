//! What happens when the widget panics: one log line with the message, where it happened and
//! which card was rendering, and a fresh instance started by the loader (see
//! `src/embed/runtime/instance.js`).
//!
//! A panic aborts the wasm instance, and every card on the page shares it. The hook cannot
//! undo that; it tells `instance.js`, which stops calling into the dead instance and has
//! the loader instantiate a new one that mounts every live card again.
//!
//! The release build (`scripts/release.sh`) aborts at once, without this hook or a message:
//! there `instance.js` sees the wasm trap itself and does the same.

use wasm_bindgen::prelude::*;

// Declared in every build, also where nothing calls it: wasm-bindgen ships a JS module only if
// an extern block names it, and the release build needs instance.js most.
#[wasm_bindgen(module = "/src/embed/runtime/instance.js")]
extern "C" {
    #[cfg_attr(panic = "immediate-abort", allow(dead_code))]
    fn report_panic(message: &str);
}

/// Installs the panic hook, in place of the one Yew would install on the first render. A hook
/// already installed (a test runner's) still runs after ours.
#[cfg(not(panic = "immediate-abort"))]
pub fn install() {
    let previous = std::panic::take_hook();
    yew::set_custom_panic_hook(Box::new(move |info| {
        let message = info.payload_as_str().unwrap_or("panic");
        let text = match info.location() {
            Some(at) => format!("{message} at {}:{}", at.file(), at.line()),
            None => message.to_owned(),
        };
        report_panic(&text);
        previous(info);
    }));
}

/// In the release build a panic aborts at once and no hook ever runs (instance.js sees the
/// trap): an empty one keeps Yew from installing its own.
#[cfg(panic = "immediate-abort")]
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|_| {}));
}
