//! news-card: an embeddable news card, rendered by Yew from an article's JSON.
//!
//! Four layers, each importing only those before it (see ARCHITECTURE.md):
//! [`model`] (pure, native-tested) <- `platform` (fetch, Intl, clock) <- `view` (Yew
//! components) <- `embed` (the `<news-card>` element, shadow root, events).

pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod view;
