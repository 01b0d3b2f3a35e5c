//! news-card: an embeddable news card, rendered by Yew from an article's JSON.
//!
//! Three layers, imported one way only (see ARCHITECTURE.md):
//! [`model`] (pure, native-tested) <- `view` (Yew components) <- `platform` (fetch, DOM, JS).

pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod view;
