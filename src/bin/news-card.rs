//! The `news-card` command-line tool: see `news_card::cli`. Built for the host only.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let status = news_card::cli::run(
        &args,
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
    );
    std::process::exit(status);
}

/// Nothing to run in a browser: the widget is the `news-card-wasm` binary.
#[cfg(target_arch = "wasm32")]
fn main() {}
