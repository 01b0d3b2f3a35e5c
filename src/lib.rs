//! news-card: an embeddable news card, rendered by Yew from an article's JSON.
//!
//! Four layers, each importing only those before it (see ARCHITECTURE.md):
//! [`model`] (pure, native-tested) <- `platform` (fetch, Intl, clock) <- `view` (Yew
//! components) <- `embed` (the `<news-card>` element, shadow root, events).

// One panic kills every card on the page (they share one module instance), so the code that
// ships may not contain the usual ways to panic. Tests may.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic,
        clippy::arithmetic_side_effects
    )
)]

pub mod heap;
pub mod model;

/// Power-of-two free lists instead of dlmalloc (see `heap`), for every wasm32 build of the
/// crate: the bundle, and the browser tests, which therefore run on the allocator that ships.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: heap::Allocator = heap::Allocator::new();

/// The native command-line tool for article data (`src/bin/news-card.rs`).
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

#[cfg(target_arch = "wasm32")]
pub mod embed;
pub mod platform;
pub mod view;
