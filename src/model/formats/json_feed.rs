//! JSON Feed (1 and 1.1) -> the article JSON: one item is the article, the feed's next items
//! its related stories, and the feed itself (title and icon) the provider.
//!
//! | article field | JSON Feed item (feed) |
//! |---|---|
//! | `title` | `title` |
//! | `excerpt` | `summary`, else `content_text`, else the text of `content_html` (through `plain`) |
//! | `locale` | `language` (the feed's `language`) |
//! | `publishedDateTime`, `updatedDateTime` | `date_published`, `date_modified` |
//! | `webUrl`, `originalUrl` | `url`, `external_url` |
//! | `provider` | the feed's `title`, and its `icon` (else `favicon`) as the image |
//! | `author` | `authors`, else 1.0's `author`: their `name`s (the feed's) |
//! | `topics` | `tags` |
//! | `images` | `image`, then `banner_image` |
//! | `related` | the items after it (newest first) |

use crate::model::formats::{
    self, date, feed_article, field, first_text, image, instant, items, list, some_list, string,
    text, Fields,
};
use crate::model::Value;

/// The article document of `feed`'s item `pick` names: by position (`1` is the first), by
/// `id`, or by `url`; by default the newest (the latest `date_published`, else the first).
/// An empty object when the feed has no such item.
pub fn article(feed: &Value, pick: Option<&str>, plain: &dyn Fn(&str) -> String) -> Value {
    let all: Vec<&Value> = field(feed, "items")
        .map(items)
        .unwrap_or_default()
        .into_iter()
        .filter(|i| matches!(i, Value::Object(_)))
        .collect();
    let named = |item| {
        [field(item, "id"), field(item, "url")]
            .into_iter()
            .flatten()
            .filter_map(text)
            .collect()
    };
    feed_article(&all, pick, named, published, |item, whole| {
        story(item, feed, whole, plain)
    })
}

/// An item's `date_published` as seconds since 1970 (offsets and fractions compared as the
/// instants they are); none when it is missing or not a date.
fn published(item: &Value) -> Option<i64> {
    instant(&field(item, "date_published").and_then(date)?)
}

/// An item's fields; the full set for the article (`whole`), a related story's for the rest.
fn story(
    item: &Value,
    feed: &Value,
    whole: bool,
    plain: &dyn Fn(&str) -> String,
) -> Vec<(String, Value)> {
    let mut out = Fields::default();
    out.put("title", first_text(item, &["title"]));
    if whole {
        // HTML content is never markup here: its text, as the platform's `plain` reads it.
        let html = || {
            field(item, "content_html")
                .and_then(text)
                .map(|h| string(&plain(h)))
        };
        out.put(
            "excerpt",
            first_text(item, &["summary", "content_text"]).or_else(html),
        );
        let language = field(item, "language").or_else(|| field(feed, "language"));
        out.put("locale", language.and_then(text).map(string));
    }
    out.put(
        "publishedDateTime",
        field(item, "date_published").and_then(date),
    );
    if whole {
        out.put(
            "updatedDateTime",
            field(item, "date_modified").and_then(date),
        );
    }
    out.put("webUrl", first_text(item, &["url"]));
    out.put("originalUrl", first_text(item, &["external_url"]));
    if whole {
        out.put("provider", provider(feed));
        let author = if has_authors(item) {
            authors(item)
        } else {
            authors(feed)
        };
        out.put("author", author);
        let tags = field(item, "tags")
            .map(|t| list(items(t).into_iter().filter_map(text).map(string).collect()));
        out.put("topics", tags);
    }
    let images: Vec<Value> = ["image", "banner_image"]
        .into_iter()
        .filter_map(|n| field(item, n).and_then(text))
        .map(image)
        .collect();
    out.put("images", some_list(images));
    out.0
}

/// The names of an item's (or the feed's) `authors` (JSON Feed 1.1), else of its `author`
/// (1.0).
fn authors(item: &Value) -> Option<Value> {
    ["authors", "author"].into_iter().find_map(|key| {
        let names: Vec<&str> = field(item, key)
            .map(items)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|a| field(a, "name").and_then(text))
            .collect();
        formats::authors(&names)
    })
}

/// Whether an item names its authors at all: then the feed's are not its.
fn has_authors(item: &Value) -> bool {
    field(item, "authors").is_some() || field(item, "author").is_some()
}

/// The feed as the provider: its title, and its icon (else its favicon).
fn provider(feed: &Value) -> Option<Value> {
    let icon = field(feed, "icon")
        .or_else(|| field(feed, "favicon"))
        .and_then(text);
    formats::provider(
        field(feed, "title").and_then(text),
        icon.map(|url| list(vec![image(url)])),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// HTML as it is, for tests that do not read it.
    fn no_plain(html: &str) -> String {
        html.to_owned()
    }
    use crate::model::formats::parse;

    fn titles(article: &Value) -> (Option<String>, Vec<String>) {
        let title = field(article, "title").and_then(text).map(str::to_owned);
        let related = field(article, "related")
            .map(items)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|r| field(r, "title").and_then(text))
            .map(str::to_owned)
            .collect();
        (title, related)
    }

    const FEED: &str = r#"{"version": "https://jsonfeed.org/version/1.1", "title": "Example Blog",
        "icon": "https://blog.example/icon.png", "language": "en",
        "items": [
            {"id": "2", "title": "Second", "url": "https://blog.example/2", "date_published": "2024-02-01T10:00:00Z",
             "summary": "The second post.", "content_html": "<p>Second <script>x()</script></p>",
             "tags": ["a", "b"], "image": "https://blog.example/2.jpg"},
            {"id": "3", "title": "Third", "url": "https://blog.example/3", "date_published": "2024-03-01T10:00:00Z"},
            {"id": "1", "title": "First", "url": "https://blog.example/1", "date_published": "2024-01-01T10:00:00Z"},
            {"id": "0", "title": "Undated", "url": "https://blog.example/0"}
        ]}"#;

    #[test]
    fn the_newest_item_by_default_and_the_rest_newest_first_as_related() {
        let newest = article(&parse(FEED), None, &no_plain);
        assert_eq!(
            titles(&newest),
            (
                Some("Third".into()),
                vec!["Second".into(), "First".into(), "Undated".into()]
            )
        );
        assert_eq!(
            field(&newest, "provider")
                .and_then(|p| field(p, "name"))
                .and_then(text),
            Some("Example Blog")
        );
        assert_eq!(field(&newest, "locale").and_then(text), Some("en"));
    }

    #[test]
    fn newest_compares_instants_not_text() {
        // 09:00-05:00 is 14:00Z, later than 13:00Z (as text it sorts first); of two equal
        // instants the first wins; a date that is none sorts last.
        let feed = parse(
            r#"{"version": "https://jsonfeed.org/version/1.1", "items": [
                {"title": "UTC", "date_published": "2024-01-01T13:00:00Z"},
                {"title": "Eastern", "date_published": "2024-01-01T09:00:00-05:00"},
                {"title": "Same instant", "date_published": "2024-01-01T14:00:00.000Z"},
                {"title": "Not a date", "date_published": "someday"}]}"#,
        );
        let newest = article(&feed, None, &no_plain);
        assert_eq!(
            titles(&newest),
            (
                Some("Eastern".into()),
                vec!["Same instant".into(), "UTC".into(), "Not a date".into()]
            )
        );
    }

    #[test]
    fn an_item_is_picked_by_position_id_or_url() {
        let feed = parse(FEED);
        for (pick, title) in [
            ("1", "Second"),
            ("4", "Undated"),
            ("1 ", "Second"),
            ("3", "First"),
            ("https://blog.example/1", "First"),
            ("2", "Third"),
        ] {
            assert_eq!(
                titles(&article(&feed, Some(pick), &no_plain)).0.as_deref(),
                Some(title),
                "{pick}"
            );
        }
        for pick in ["0", "5", "nope"] {
            assert_eq!(
                article(&feed, Some(pick), &no_plain),
                Value::Object(Vec::new()),
                "{pick}"
            );
        }
    }

    #[test]
    fn authors_of_the_item_else_of_the_feed_in_both_versions() {
        let cases = [
            // 1.1: `authors` of the item; 1.0: `author`; else the feed's.
            (
                r#""authors": [{"name": "Ann"}, {"name": "Bo", "url": "https://b.example"}]"#,
                "",
                Some("Ann, Bo"),
            ),
            (
                r#""author": {"name": "Ann", "avatar": "https://a.example/a.png"}"#,
                "",
                Some("Ann"),
            ),
            (
                "",
                r#""authors": [{"name": "Feed Writer"}],"#,
                Some("Feed Writer"),
            ),
            (r#""authors": [{"url": "https://a.example"}]"#, "", None),
            // An item's own authors, even without a name, are not the feed's; an empty 1.1
            // list leaves 1.0's `author`.
            (
                r#""authors": [{"url": "https://a.example"}]"#,
                r#""authors": [{"name": "Feed Writer"}],"#,
                None,
            ),
            (
                r#""authors": [], "author": {"name": "Old Style"}"#,
                "",
                Some("Old Style"),
            ),
        ];
        for (item, feed, expected) in cases {
            let item = if item.is_empty() {
                String::new()
            } else {
                [", ", item].concat()
            };
            let doc = parse(&format!(
                r#"{{"version": "https://jsonfeed.org/version/1.1", "title": "F", {feed}
                    "items": [{{"id": "1", "title": "T"{item}}}]}}"#
            ));
            let got = article(&doc, None, &no_plain);
            assert_eq!(
                field(&got, "author").and_then(text),
                expected,
                "{item} {feed}"
            );
        }
    }

    #[test]
    fn html_content_is_text_and_summary_is_the_excerpt() {
        let second = article(&parse(FEED), Some("1"), &no_plain);
        assert_eq!(
            field(&second, "excerpt").and_then(text),
            Some("The second post.")
        );
        let topics: Vec<&str> = field(&second, "topics")
            .map(items)
            .unwrap_or_default()
            .into_iter()
            .filter_map(text)
            .collect();
        assert_eq!(topics, ["a", "b"]);
        let no_summary = parse(
            r#"{"version": "https://jsonfeed.org/version/1", "items": [{"title": "T", "content_html": "<b>bold</b>"}]}"#,
        );
        let tags_out = |html: &str| html.replace("<b>", "").replace("</b>", "");
        assert_eq!(
            field(&article(&no_summary, None, &tags_out), "excerpt").and_then(text),
            Some("bold")
        );
    }
}
