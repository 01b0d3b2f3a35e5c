//! The bundle's entry point, run once when the wasm is instantiated: defines `<news-card>`, so
//! every card already on the page and every one added later renders.

#[cfg(target_arch = "wasm32")]
fn main() {
    news_card::embed::define();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("news-card runs in the browser: build it with `trunk build` (see README.md)");
}

/// Power-of-two free lists instead of dlmalloc: see `src/heap.rs`.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: news_card::heap::Allocator = news_card::heap::Allocator::new();
