//! An article's HTML page -> the article JSON: its JSON-LD first, then its Open Graph,
//! `article:*` and ordinary meta to fill what is missing.
//!
//! The page comes as what the platform read of it (natively `cli::html`; in a browser,
//! `DOMParser`, never inserted into a document): an object with `lang` (`<html lang>`),
//! `title` (`<title>`'s text), `meta` (each `<meta>` as `{key, content}`, `key` its
//! `property` or `name` in lower case), `links` (each `<link>` as `{rel, href, sizes}`) and
//! `jsonld` (each `<script type="application/ld+json">`, parsed).
//!
//! | article field | JSON-LD, then |
//! |---|---|
//! | `title` | `og:title`, `twitter:title`, `<title>` |
//! | `excerpt` | `og:description`, `description`, `twitter:description` |
//! | `locale` | `og:locale` (`es_CO` is `es-CO`), `<html lang>` |
//! | `publishedDateTime` | `article:published_time` |
//! | `updatedDateTime` | `article:modified_time`, `og:updated_time` |
//! | `webUrl` | `og:url`, `<link rel=canonical>` |
//! | `provider` | `og:site_name`, `application-name`; the largest `<link rel=icon>` or `apple-touch-icon` |
//! | `author` | `author`, else `article:author` (a name, not a profile URL) |
//! | `topics` | `article:tag`s, else `news_keywords` or `keywords` (split at commas) |
//! | `images` | `og:image` (with `og:image:width`/`height`), `twitter:image` |

use crate::model::formats::{
    authors, comma_terms, date, field, image, items, json_ld, list, provider, sized_image,
    some_list, string, text, whole_number, Fields,
};
use crate::model::Value;

/// The article document of a page; an empty object when nothing names an article.
pub fn article(page: &Value) -> Value {
    // The first JSON-LD block that holds an article.
    let first_article = field(page, "jsonld")
        .map(items)
        .unwrap_or_default()
        .into_iter()
        .map(json_ld::article)
        .find_map(|a| match a {
            Value::Object(fields) if !fields.is_empty() => Some(fields),
            _ => None,
        })
        .unwrap_or_default();
    let mut out = Fields(first_article);
    let meta = Meta { page };
    let mut fill = |name: &str, value: Option<Value>| out.fill(name, value);
    fill(
        "title",
        meta.first(&["og:title", "twitter:title"])
            .or_else(|| field(page, "title").and_then(text))
            .map(string),
    );
    fill(
        "excerpt",
        meta.first(&["og:description", "description", "twitter:description"])
            .map(string),
    );
    let og_locale = meta.first(&["og:locale"]).map(|l| l.replace('_', "-"));
    fill(
        "locale",
        og_locale
            .or_else(|| field(page, "lang").and_then(text).map(str::to_owned))
            .map(Value::String),
    );
    fill(
        "publishedDateTime",
        meta.first(&["article:published_time"])
            .map(string)
            .as_ref()
            .and_then(date),
    );
    fill(
        "updatedDateTime",
        meta.first(&["article:modified_time", "og:updated_time"])
            .map(string)
            .as_ref()
            .and_then(date),
    );
    fill(
        "webUrl",
        meta.first(&["og:url"])
            .or_else(|| meta.link("canonical"))
            .map(string),
    );
    fill("provider", meta.provider());
    fill(
        "author",
        authors(&meta.all("author")).or_else(|| authors(&meta.all("article:author"))),
    );
    fill("topics", meta.topics());
    fill("images", meta.images());
    Value::Object(out.0)
}

struct Meta<'a> {
    page: &'a Value,
}

impl<'a> Meta<'a> {
    /// Every `<meta>` content under `key`.
    fn all(&self, key: &str) -> Vec<&'a str> {
        field(self.page, "meta")
            .map(items)
            .unwrap_or_default()
            .into_iter()
            .filter(|m| field(m, "key").and_then(text) == Some(key))
            .filter_map(|m| field(m, "content").and_then(text))
            .collect()
    }

    /// The first content of the first key that has one.
    fn first(&self, keys: &[&str]) -> Option<&'a str> {
        keys.iter().find_map(|k| self.all(k).into_iter().next())
    }

    fn links(&self, rel: &str) -> Vec<&'a Value> {
        field(self.page, "links")
            .map(items)
            .unwrap_or_default()
            .into_iter()
            .filter(|l| {
                field(l, "rel").and_then(text).is_some_and(|r| {
                    r.split_ascii_whitespace()
                        .any(|r| r.eq_ignore_ascii_case(rel))
                })
            })
            .collect()
    }

    fn link(&self, rel: &str) -> Option<&'a str> {
        self.links(rel)
            .into_iter()
            .find_map(|l| field(l, "href").and_then(text))
    }

    /// The site's name and its largest icon.
    fn provider(&self) -> Option<Value> {
        let size = |l: &Value| {
            field(l, "sizes")
                .and_then(text)
                .and_then(|s| s.split(['x', 'X']).next())
                .and_then(whole_number)
                .unwrap_or(0)
        };
        let mut icons: Vec<&Value> = self.links("apple-touch-icon");
        icons.extend(self.links("icon"));
        let mut best: Option<&Value> = None;
        for icon in icons {
            if best.is_none_or(|b| size(icon) > size(b)) {
                best = Some(icon);
            }
        }
        let icon = best.and_then(|l| field(l, "href")).and_then(text);
        provider(
            self.first(&["og:site_name", "application-name"]),
            icon.map(|url| list(vec![image(url)])),
        )
    }

    fn topics(&self) -> Option<Value> {
        let tags = self.all("article:tag");
        let topics: Vec<Value> = if tags.is_empty() {
            self.first(&["news_keywords", "keywords"])
                .map(|k| comma_terms(k).collect())
                .unwrap_or_default()
        } else {
            tags.into_iter().map(string).collect()
        };
        some_list(topics)
    }

    fn images(&self) -> Option<Value> {
        let url = self.first(&[
            "og:image",
            "og:image:url",
            "og:image:secure_url",
            "twitter:image",
            "twitter:image:src",
        ])?;
        let dimension = |key| self.first(&[key]).and_then(whole_number).map(f64::from);
        let image = sized_image(
            url,
            dimension("og:image:width"),
            dimension("og:image:height"),
        );
        Some(list(vec![image]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::formats::parse;

    #[test]
    fn open_graph_fills_what_json_ld_leaves_out() {
        let page = parse(
            r#"{"lang": "es-CO", "title": "A story - Site",
                "meta": [{"key": "og:title", "content": "A story"}, {"key": "og:description", "content": "What happened."},
                         {"key": "article:published_time", "content": "2026-08-24T22:28:03.792Z"},
                         {"key": "og:url", "content": "https://site.example/a"}, {"key": "og:site_name", "content": "Site"},
                         {"key": "article:tag", "content": "One"}, {"key": "article:tag", "content": "Two"},
                         {"key": "og:image", "content": "https://site.example/a.jpg"}, {"key": "og:image:width", "content": "1200"}],
                "links": [{"rel": "icon", "href": "/16.png", "sizes": "16x16"}, {"rel": "apple-touch-icon", "href": "/180.png", "sizes": "180x180"}],
                "jsonld": [{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "The JSON-LD headline"}]}"#,
        );
        let doc = article(&page);
        let get = |name: &str| field(&doc, name).and_then(text).map(str::to_owned);
        assert_eq!(
            get("title").as_deref(),
            Some("The JSON-LD headline"),
            "JSON-LD first"
        );
        assert_eq!(get("excerpt").as_deref(), Some("What happened."));
        assert_eq!(get("locale").as_deref(), Some("es-CO"));
        assert_eq!(
            get("publishedDateTime").as_deref(),
            Some("2026-08-24T22:28:03.792Z")
        );
        assert_eq!(get("webUrl").as_deref(), Some("https://site.example/a"));
        let provider = field(&doc, "provider").expect("a provider");
        assert_eq!(field(provider, "name").and_then(text), Some("Site"));
        let icon = field(provider, "images")
            .map(items)
            .unwrap_or_default()
            .first()
            .and_then(|i| field(i, "url"))
            .and_then(text);
        assert_eq!(icon, Some("/180.png"), "the largest icon");
        let topics: Vec<&str> = field(&doc, "topics")
            .map(items)
            .unwrap_or_default()
            .into_iter()
            .filter_map(text)
            .collect();
        assert_eq!(topics, ["One", "Two"]);
    }

    #[test]
    fn the_author_from_json_ld_else_meta_but_never_a_profile_url() {
        // (the page's meta, its JSON-LD's author, the author mapped)
        let cases = [
            (
                r#"[{"key": "author", "content": "Meta Name"}]"#,
                r#""LD Name""#,
                Some("LD Name"),
            ),
            (
                r#"[{"key": "author", "content": "Meta Name"}, {"key": "article:author", "content": "OG Name"}]"#,
                "null",
                Some("Meta Name"),
            ),
            (
                r#"[{"key": "article:author", "content": "https://site.example/autor/a/"}]"#,
                "null",
                None,
            ),
            (
                r#"[{"key": "article:author", "content": "OG Name"}]"#,
                "null",
                Some("OG Name"),
            ),
        ];
        for (meta, ld, expected) in cases {
            let page = parse(&format!(
                r#"{{"title": "T", "meta": {meta}, "links": [],
                    "jsonld": [{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "T", "author": {ld}}}]}}"#
            ));
            let doc = article(&page);
            assert_eq!(field(&doc, "author").and_then(text), expected, "{meta}");
        }
    }

    #[test]
    fn a_page_with_only_a_title_is_an_article_of_that_title() {
        let doc = article(&parse(
            r#"{"title": "Just a page", "meta": [], "links": [], "jsonld": []}"#,
        ));
        assert_eq!(field(&doc, "title").and_then(text), Some("Just a page"));
    }
}
