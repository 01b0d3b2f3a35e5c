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
