//! Minifies the card's stylesheet for the wasm: comments and runs of white space out, so the
//! bundle carries the rules only (static/news-card.css stays the readable source). Rules
//! between `/* prerendered only { */` and `/* } */` are left out: they are for the file a
//! prerendered card links, not for the cards the widget draws.

use std::{env, fs, path::Path};

fn main() {
    let source = "static/news-card.css";
    println!("cargo:rerun-if-changed={source}");
    let css = fs::read_to_string(source).expect("static/news-card.css is readable");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("news-card.css");
    fs::write(out, minify(&for_the_widget(&css))).expect("OUT_DIR is writable");
}

const PRERENDERED_ONLY: (&str, &str) = ("/* prerendered only { */", "/* } */");

/// `css` without its prerendered-only sections.
fn for_the_widget(css: &str) -> String {
    let (open, close) = PRERENDERED_ONLY;
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find(open) {
        out.push_str(&rest[..start]);
        let after = &rest[start + open.len()..];
        let end = after
            .find(close)
            .expect("static/news-card.css closes its prerendered-only section");
        rest = &after[end + close.len()..];
    }
    out.push_str(rest);
    out
}

/// Removes `/* … */` comments and collapses white space; spaces next to `{};,>` and after
/// `:` go too (a space before `:` is a descendant combinator in a selector and stays).
fn minify(css: &str) -> String {
    let mut without_comments = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        without_comments.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |end| &rest[start + 2 + end + 2..]);
        without_comments.push(' ');
    }
    without_comments.push_str(rest);
    let mut out = String::with_capacity(without_comments.len());
    for word in without_comments.split_whitespace() {
        let joins = |c: char| matches!(c, '{' | '}' | ';' | ',' | '>');
        if !out.is_empty()
            && !out.ends_with(joins)
            && !out.ends_with(':')
            && !word.starts_with(joins)
        {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}
