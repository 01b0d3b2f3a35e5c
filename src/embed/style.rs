//! The card's stylesheet, shared by every shadow root on the page.
//!
//! A constructable stylesheet adopted by each shadow root: one parse for all cards, and no
//! `<style>` element or `style=` attribute, so it works under `style-src 'self'` without nonces.

use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, ShadowRoot};

/// The card's CSS, compiled into the wasm so the widget is one script and one wasm file.
pub const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/news-card.css"));

thread_local! {
    static SHEET: Option<CssStyleSheet> = {
        let sheet = CssStyleSheet::new().ok();
        sheet.filter(|s| s.replace_sync(CSS).is_ok())
    };
}

/// Gives `root` the card's styles.
pub fn adopt(root: &ShadowRoot) {
    SHEET.with(|sheet| match sheet {
        Some(sheet) => root.set_adopted_style_sheets(&js_sys::Array::of1(sheet)),
        // Browsers without constructable stylesheets (Safari before 16.4) get a <style>
        // element inside the shadow root; under a strict CSP those browsers show it unstyled.
        None => {
            let style = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.create_element("style").ok());
            if let Some(style) = style {
                style.set_text_content(Some(CSS));
                let _ = root.append_child(style.unchecked_ref());
            }
        }
    });
}
