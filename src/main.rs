//! The demo and embed entry point: mounts a card into every `<news-card>` on the page.

#[cfg(target_arch = "wasm32")]
fn main() {
    news_card::platform::mount::mount_all();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("news-card runs in the browser: build it with `trunk build` (see README.md)");
}
