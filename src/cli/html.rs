//! An HTML page as what `model::formats::html_page` reads of it: `<html lang>`, `<title>`,
//! the `<meta>` and `<link>` tags, and the JSON-LD scripts. A scanner of tags, not a parser:
//! it reads the document's start and end tags and their attributes, skips comments and the
//! content of other scripts and styles, and never builds or runs anything.

use crate::cli::check::read_json;
use crate::cli::xml::{decode, find_ci};
use crate::model::formats::string;
use crate::model::Value;

/// A tag's name (lower case) and attributes (names in lower case, values decoded).
struct Tag {
    name: String,
    attributes: Vec<(String, String)>,
}

impl Tag {
    fn get(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Reads the tag at the start of `text` (just after its `<`); returns it and the rest.
fn tag(text: &str) -> (Tag, &str) {
    let name_end = text
        .find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/')
        .unwrap_or(text.len());
    let name = text
        .get(..name_end)
        .unwrap_or_default()
        .to_ascii_lowercase();
    let mut rest = text.get(name_end..).unwrap_or_default();
    let mut attributes = Vec::new();
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
        if rest.is_empty() || rest.starts_with('>') {
            rest = rest.get(1..).unwrap_or_default();
            break;
        }
        let end = rest
            .find(|c: char| c.is_ascii_whitespace() || c == '=' || c == '>' || c == '/')
            .unwrap_or(rest.len())
            .max(1);
        let key = rest.get(..end).unwrap_or_default().to_ascii_lowercase();
        rest = rest.get(end..).unwrap_or_default().trim_start();
        let mut value = String::new();
        if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            let (raw, tail) = match after.chars().next() {
                Some(quote @ ('"' | '\'')) => {
                    let body = after.get(1..).unwrap_or_default();
                    let close = body.find(quote).unwrap_or(body.len());
                    (
                        body.get(..close).unwrap_or_default(),
                        body.get(close + 1..).unwrap_or_default(),
                    )
                }
                _ => {
                    let close = after
                        .find(|c: char| c.is_ascii_whitespace() || c == '>')
                        .unwrap_or(after.len());
                    (
                        after.get(..close).unwrap_or_default(),
                        after.get(close..).unwrap_or_default(),
                    )
                }
            };
            value = decode(raw);
            rest = tail;
        }
        attributes.push((key, value));
    }
    (Tag { name, attributes }, rest)
}

/// The text up to the closing tag `</name` (any case), and what follows that tag.
fn until_close<'a>(text: &'a str, name: &str) -> (&'a str, &'a str) {
    let at = find_ci(text, &["</", name].concat()).unwrap_or(text.len());
    let after = text.get(at..).unwrap_or_default();
    let after = after
        .find('>')
        .and_then(|i| after.get(i + 1..))
        .unwrap_or_default();
    (text.get(..at).unwrap_or_default(), after)
}

/// What the page says about its article, as `html_page` takes it.
pub fn read(html: &str) -> Value {
    let mut lang = None;
    let mut title = None;
    let mut meta = Vec::new();
    let mut links = Vec::new();
    let mut jsonld = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        rest = rest.get(open + 1..).unwrap_or_default();
        if let Some(comment) = rest.strip_prefix("!--") {
            // `<!-->` and `<!--->` end at once, as browsers read them.
            let ends = comment
                .strip_prefix('>')
                .or_else(|| comment.strip_prefix("->"));
            rest = ends
                .or_else(|| comment.find("-->").and_then(|i| comment.get(i + 3..)))
                .unwrap_or_default();
            continue;
        }
        if !rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
            continue;
        }
        let (tag, after) = tag(rest);
        rest = after;
        match tag.name.as_str() {
            "html" => lang = lang.or_else(|| tag.get("lang").map(str::to_owned)),
            "title" if title.is_none() => {
                let (text, after) = until_close(rest, "title");
                title = Some(
                    decode(text)
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" "),
                );
                rest = after;
            }
            "meta" => {
                let key = tag
                    .get("property")
                    .or_else(|| tag.get("name"))
                    .map(str::to_ascii_lowercase);
                if let (Some(key), Some(content)) = (key, tag.get("content")) {
                    meta.push(Value::Object(vec![
                        ("key".to_owned(), Value::String(key)),
                        ("content".to_owned(), string(content)),
                    ]));
                }
            }
            "link" => {
                let field =
                    |name: &str| (name.to_owned(), string(tag.get(name).unwrap_or_default()));
                links.push(Value::Object(vec![
                    field("rel"),
                    field("href"),
                    field("sizes"),
                ]));
            }
            "script" => {
                let (body, after) = until_close(rest, "script");
                rest = after;
                let is_ld = tag
                    .get("type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
                // A block that is not JSON is skipped: the page's other blocks still count.
                if let Some(value) = is_ld.then(|| read_json(body.trim()).ok()).flatten() {
                    jsonld.push(value);
                }
            }
            "style" | "template" | "noscript" | "textarea" => {
                rest = until_close(rest, &tag.name).1;
            }
            _ => {}
        }
    }
    let total = |v: &Vec<Value>| v.len();
    let (meta_n, links_n, ld_n) = (total(&meta), total(&links), total(&jsonld));
    let mut page = vec![
        ("meta".to_owned(), Value::Array(meta, meta_n)),
        ("links".to_owned(), Value::Array(links, links_n)),
        ("jsonld".to_owned(), Value::Array(jsonld, ld_n)),
    ];
    if let Some(lang) = lang {
        page.push(("lang".to_owned(), Value::String(lang)));
    }
    if let Some(title) = title {
        page.push(("title".to_owned(), Value::String(title)));
    }
    Value::Object(page)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::formats::{field, html_page, text};

    #[test]
    fn a_page_is_read_as_its_head_says() {
        let html = r#"<!DOCTYPE html><html lang="en-GB"><head><!-- <meta property="og:title" content="commented out"> -->
            <title>Story &amp; more | Site</title>
            <meta property="og:title" content='The "story"'><meta name=description content=Plain>
            <script>var s = "<meta property='og:url' content='https://evil.example/'>";</script>
            <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "author": "A"}</script>
            <script type="application/ld+json">not json</script>
            <link rel="canonical" href="https://site.example/canonical"></head><body><p>Body</p></body></html>"#;
        let page = read(html);
        let doc = html_page::article(&page);
        let get = |name: &str| field(&doc, name).and_then(text).map(str::to_owned);
        assert_eq!(get("title").as_deref(), Some("The \"story\""));
        assert_eq!(get("excerpt").as_deref(), Some("Plain"));
        assert_eq!(get("locale").as_deref(), Some("en-GB"));
        // The canonical link; nothing from the script's string or the comment.
        assert_eq!(
            get("webUrl").as_deref(),
            Some("https://site.example/canonical")
        );
    }
}
