//! RSS 2.0 and Atom feeds -> the article JSON, as JSON Feed is mapped (`json_feed`): one
//! item is the article, the feed's next items its related stories, the feed its provider.
//!
//! The feed comes as a tree of elements, which the platform builds from the XML (natively
//! `cli::xml` with quick-xml; in a browser, `DOMParser`): each element an object
//! `{"name", "attributes", "text", "children"}`, `name` as written (`media:content`), `text`
//! its own character data. Text that holds HTML (RSS `description`, Atom text typed html)
//! goes through `plain` (titles only when Atom types them html: an RSS title is text), which the platform gives: the browser's inert parser, or the tool's
//! tag stripper. Nothing here is markup.
//!
//! | article field | RSS 2.0 item (channel) | Atom entry (feed) |
//! |---|---|---|
//! | `title` | `title` | `title` |
//! | `excerpt` | `description` | `summary`, else `content` |
//! | `locale` | (`language`) | `xml:lang` (the feed's) |
//! | `publishedDateTime` | `pubDate` (RFC 822) | `published`, else `updated` |
//! | `updatedDateTime` | | `updated` |
//! | `webUrl` | `link`, else a permalink `guid` | `link` `rel="alternate"` (or no `rel`) |
//! | `provider` | (`title`, `image/url`) | (`title`, `icon`, else `logo`) |
//! | `author` | `dc:creator`s, else `author` (the name in its `email (name)`), else `itunes:author` (the channel's) | `author` `name`s (the feed's) |
//! | `topics` | `category` | `category` `term` |
//! | `images` | `media:content`, `media:thumbnail`, an image `enclosure` | `media:thumbnail`, an image `link rel="enclosure"` |

use chrono::DateTime;

use crate::model::formats::{
    authors, date, feed_article, field, image, instant, items, list, provider, sized_image,
    some_list, string, text, whole_number, Fields,
};
use crate::model::Value;

/// An element's name.
fn name(el: &Value) -> &str {
    field(el, "name").and_then(text).unwrap_or_default()
}

/// An element's child elements.
fn children(el: &Value) -> Vec<&Value> {
    field(el, "children").map(items).unwrap_or_default()
}

/// The first child element named `wanted`.
fn child<'a>(el: &'a Value, wanted: &str) -> Option<&'a Value> {
    children(el).into_iter().find(|c| name(c) == wanted)
}

/// An element's own text, trimmed; none when empty.
fn own_text(el: &Value) -> Option<&str> {
    field(el, "text").and_then(text)
}

fn attr<'a>(el: &'a Value, wanted: &str) -> Option<&'a str> {
    field(el, "attributes")
        .and_then(|a| field(a, wanted))
        .and_then(text)
}

/// The text of child `wanted`.
fn child_text<'a>(el: &'a Value, wanted: &str) -> Option<&'a str> {
    child(el, wanted).and_then(own_text)
}

/// The article document of an RSS or Atom tree (`root`, the document element); `pick` names
/// an item by position (`1` is the first), by `guid`/`id` or by link; by default the newest.
/// `plain` turns HTML into its text. An empty object when there is no such item.
pub fn article(root: &Value, pick: Option<&str>, plain: &dyn Fn(&str) -> String) -> Value {
    let (feed, entries, atom) = match name(root) {
        "rss" => match child(root, "channel") {
            Some(channel) => (
                channel,
                children(channel)
                    .into_iter()
                    .filter(|c| name(c) == "item")
                    .collect::<Vec<_>>(),
                false,
            ),
            None => return Value::Object(Vec::new()),
        },
        "feed" => (
            root,
            children(root)
                .into_iter()
                .filter(|c| name(c) == "entry")
                .collect(),
            true,
        ),
        _ => return Value::Object(Vec::new()),
    };
    let feed_view = Feed { feed, atom, plain };
    feed_article(
        &entries,
        pick,
        |e| feed_view.ids(e),
        |e| feed_view.published(e).as_ref().and_then(instant),
        |e, whole| feed_view.story(e, whole),
    )
}

struct Feed<'a> {
    feed: &'a Value,
    atom: bool,
    plain: &'a dyn Fn(&str) -> String,
}

impl<'a> Feed<'a> {
    /// What names an entry: its `guid`/`id` and its link.
    fn ids(&self, entry: &'a Value) -> Vec<&'a str> {
        [
            child_text(entry, "guid"),
            child_text(entry, "id"),
            self.link(entry),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    /// The entry's page.
    fn link(&self, entry: &'a Value) -> Option<&'a str> {
        if !self.atom {
            let permalink = child(entry, "guid")
                .filter(|g| attr(g, "isPermaLink") != Some("false"))
                .and_then(own_text);
            return child_text(entry, "link").or(permalink.filter(|g| g.starts_with("http")));
        }
        children(entry)
            .into_iter()
            .filter(|c| name(c) == "link")
            .find(|l| matches!(attr(l, "rel"), None | Some("alternate")))
            .and_then(|l| attr(l, "href"))
    }

    /// The entry's date, as the article JSON takes it.
    fn published(&self, entry: &Value) -> Option<Value> {
        let raw = if self.atom {
            child_text(entry, "published").or_else(|| child_text(entry, "updated"))
        } else {
            child_text(entry, "pubDate")
        }?;
        feed_date(raw)
    }

    /// Text that may hold HTML (a `type` naming HTML in Atom: `html`, `xhtml`, `text/html`;
    /// always, in RSS) as text.
    fn text_of(&self, el: &Value) -> Option<String> {
        let raw = own_text(el)?;
        let html = !self.atom || attr(el, "type").is_some_and(|t| t.contains("html"));
        let out = if html && raw.contains(['<', '&']) {
            (self.plain)(raw)
        } else {
            raw.to_owned()
        };
        Some(out.trim().to_owned()).filter(|t| !t.is_empty())
    }

    fn story(&self, entry: &Value, whole: bool) -> Vec<(String, Value)> {
        let mut out = Fields::default();
        // A title is text as the XML gives it ("Vec&lt;T&gt;" is "Vec<T>"), unless Atom says html.
        let title = child(entry, "title").and_then(|t| {
            let html = self.atom && attr(t, "type").is_some_and(|k| k.contains("html"));
            if html {
                self.text_of(t)
            } else {
                own_text(t).map(str::to_owned)
            }
        });
        out.put("title", title.map(Value::String));
        if whole {
            let excerpt = if self.atom {
                child(entry, "summary").or_else(|| child(entry, "content"))
            } else {
                child(entry, "description")
            };
            out.put(
                "excerpt",
                excerpt.and_then(|e| self.text_of(e)).map(Value::String),
            );
            let lang = if self.atom {
                attr(entry, "xml:lang").or_else(|| attr(self.feed, "xml:lang"))
            } else {
                child_text(self.feed, "language")
            };
            out.put("locale", lang.map(string));
        }
        out.put("publishedDateTime", self.published(entry));
        if whole && self.atom {
            out.put(
                "updatedDateTime",
                child_text(entry, "updated").and_then(feed_date),
            );
        }
        out.put("webUrl", self.link(entry).map(string));
        if whole {
            out.put("provider", self.provider());
            out.put("author", self.authors(entry));
            let topics = children(entry)
                .into_iter()
                .filter(|c| name(c) == "category")
                .filter_map(|c| {
                    if self.atom {
                        attr(c, "term")
                    } else {
                        own_text(c)
                    }
                })
                .map(string)
                .collect();
            out.put("topics", some_list(topics));
        }
        out.put("images", some_list(self.images(entry)));
        out.0
    }

    /// Images: `media:content` and `media:thumbnail`, and enclosures of an image type.
    fn images(&self, entry: &Value) -> Vec<Value> {
        let mut out = Vec::new();
        for el in children(entry) {
            let url = match name(el) {
                "media:content" | "media:thumbnail" => {
                    // An image, by its medium, else by its type (a podcast's audio is not).
                    let image = match attr(el, "medium") {
                        Some(medium) => medium == "image",
                        None => attr(el, "type").is_none_or(|t| t.starts_with("image/")),
                    };
                    attr(el, "url").filter(|_| image)
                }
                "enclosure" => attr(el, "url")
                    .filter(|_| attr(el, "type").is_some_and(|t| t.starts_with("image/"))),
                "link" if self.atom => attr(el, "href").filter(|_| {
                    attr(el, "rel") == Some("enclosure")
                        && attr(el, "type").is_some_and(|t| t.starts_with("image/"))
                }),
                _ => None,
            };
            if let Some(url) = url {
                let dimension = |name| attr(el, name).and_then(whole_number).map(f64::from);
                out.push(sized_image(url, dimension("width"), dimension("height")));
            }
        }
        out
    }

    /// The entry's authors. RSS: its `dc:creator`s, else its `author` (an address with the name
    /// in parentheses, `jane@example.com (Jane Doe)`, which `formats::authors` reads), else a
    /// podcast's `itunes:author`; else the channel's. Atom: the entry's `author` `name`s,
    /// else the feed's.
    fn authors(&self, entry: &'a Value) -> Option<Value> {
        let named = |el: &'a Value, tag: &str| -> Vec<&'a str> {
            children(el)
                .into_iter()
                .filter(|c| name(c) == tag)
                .filter_map(|a| {
                    if self.atom {
                        child_text(a, "name")
                    } else {
                        own_text(a)
                    }
                })
                .collect()
        };
        if self.atom {
            authors(&named(entry, "author")).or_else(|| authors(&named(self.feed, "author")))
        } else {
            // The item's, else the channel's (a podcast's `itunes:author`).
            [entry, self.feed].into_iter().find_map(|el| {
                ["dc:creator", "author", "itunes:author"]
                    .into_iter()
                    .find_map(|tag| authors(&named(el, tag)))
            })
        }
    }

    /// The feed as the provider: its title, and its image (RSS `image/url`; Atom `icon`,
    /// else `logo`).
    fn provider(&self) -> Option<Value> {
        let title = child(self.feed, "title").and_then(|t| self.text_of(t));
        let icon = if self.atom {
            child_text(self.feed, "icon").or_else(|| child_text(self.feed, "logo"))
        } else {
            child(self.feed, "image").and_then(|i| child_text(i, "url"))
        };
        provider(title.as_deref(), icon.map(|url| list(vec![image(url)])))
    }
}

/// A feed's date as the article JSON takes it: RSS's (RFC 822, as RFC 2822 reads it:
/// `Sat, 05 Jun 2021 14:56:00 +0000`, or `GMT`) as RFC 3339, Atom's (RFC 3339) as [`date`]
/// reads any date.
fn feed_date(raw: &str) -> Option<Value> {
    match DateTime::parse_from_rfc2822(raw) {
        Ok(at) => Some(Value::String(at.to_rfc3339())),
        Err(_) => date(&string(raw)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An element, as the platform's XML reader gives it.
    fn el(name: &str, attributes: &[(&str, &str)], text: &str, children: Vec<Value>) -> Value {
        let attributes = attributes
            .iter()
            .map(|(k, v)| ((*k).to_owned(), string(v)))
            .collect();
        Value::Object(vec![
            ("name".to_owned(), string(name)),
            ("attributes".to_owned(), Value::Object(attributes)),
            ("text".to_owned(), string(text)),
            ("children".to_owned(), list(children)),
        ])
    }

    fn strip(html: &str) -> String {
        html.replace("<p>", "").replace("</p>", "")
    }

    #[test]
    fn an_rss_item_and_its_channel() {
        let item = |title: &str, date: &str| {
            el(
                "item",
                &[],
                "",
                vec![
                    el("title", &[], title, vec![]),
                    el(
                        "link",
                        &[],
                        &["https://blog.example/", title].concat(),
                        vec![],
                    ),
                    el("pubDate", &[], date, vec![]),
                    el("description", &[], "<p>About it.</p>", vec![]),
                    el("category", &[], "News", vec![]),
                    el(
                        "media:content",
                        &[
                            ("url", "https://blog.example/a.jpg"),
                            ("medium", "image"),
                            ("width", "640"),
                        ],
                        "",
                        vec![],
                    ),
                ],
            )
        };
        let rss = el(
            "rss",
            &[("version", "2.0")],
            "",
            vec![el(
                "channel",
                &[],
                "",
                vec![
                    el("title", &[], "Example Blog", vec![]),
                    el("language", &[], "en-us", vec![]),
                    el(
                        "image",
                        &[],
                        "",
                        vec![el("url", &[], "https://blog.example/logo.png", vec![])],
                    ),
                    item("older", "Sat, 05 Jun 2021 14:56:00 +0000"),
                    item("newer", "Sun, 06 Jun 2021 09:00:00 GMT"),
                ],
            )],
        );
        let doc = article(&rss, None, &strip);
        let get = |name: &str| field(&doc, name).and_then(text).map(str::to_owned);
        assert_eq!(get("title").as_deref(), Some("newer"));
        assert_eq!(get("excerpt").as_deref(), Some("About it."));
        assert_eq!(
            get("publishedDateTime").as_deref(),
            Some("2021-06-06T09:00:00+00:00")
        );
        assert_eq!(get("webUrl").as_deref(), Some("https://blog.example/newer"));
        assert_eq!(get("locale").as_deref(), Some("en-us"));
        let related = field(&doc, "related").map(items).unwrap_or_default();
        assert_eq!(related.len(), 1);
        // By position and by link, the same item.
        let older = article(&rss, Some("1"), &strip);
        assert_eq!(field(&older, "title").and_then(text), Some("older"));
        assert_eq!(
            older,
            article(&rss, Some("https://blog.example/older"), &strip)
        );
    }

    #[test]
    fn authors_as_rss_and_atom_write_them() {
        let rss = |children: Vec<Value>| {
            let item = el(
                "item",
                &[],
                "",
                [vec![el("title", &[], "T", vec![])], children].concat(),
            );
            el("rss", &[], "", vec![el("channel", &[], "", vec![item])])
        };
        let text_el = |name: &str, text: &str| el(name, &[], text, vec![]);
        let author = |doc: &Value| {
            field(&article(doc, None, &strip), "author")
                .and_then(text)
                .map(str::to_owned)
        };
        let cases = [
            // WordPress: one dc:creator per author, before any `author`.
            (
                vec![
                    text_el("dc:creator", "Ann"),
                    text_el("dc:creator", "Bo"),
                    text_el("author", "x@y.example (Cy)"),
                ],
                Some("Ann, Bo"),
            ),
            // RSS's own: an address with the name in parentheses; an address alone is no name.
            (
                vec![text_el("author", "ann@blog.example (Ann Author)")],
                Some("Ann Author"),
            ),
            (
                vec![text_el("author", "Ann (Editor)")],
                Some("Ann (Editor)"),
            ),
            (vec![text_el("author", "noreply@blog.example")], None),
            (vec![text_el("itunes:author", "The Show")], Some("The Show")),
        ];
        for (children, expected) in cases {
            assert_eq!(author(&rss(children)).as_deref(), expected);
        }
        // Atom: the entry's author names, else the feed's.
        let person = |name: &str| el("author", &[], "", vec![text_el("name", name)]);
        let entry = |authors: Vec<Value>| {
            el(
                "entry",
                &[],
                "",
                [vec![text_el("title", "T")], authors].concat(),
            )
        };
        let feed = |entry: Value| el("feed", &[], "", vec![person("Feed Person"), entry]);
        assert_eq!(
            author(&feed(entry(vec![person("Ann"), person("Bo")]))).as_deref(),
            Some("Ann, Bo")
        );
        assert_eq!(author(&feed(entry(vec![]))).as_deref(), Some("Feed Person"));
    }

    #[test]
    fn an_atom_entry_with_html_summary_and_alternate_link() {
        let atom = el(
            "feed",
            &[("xml:lang", "de")],
            "",
            vec![
                el("title", &[], "Atom Blog", vec![]),
                el("icon", &[], "https://atom.example/icon.png", vec![]),
                el(
                    "entry",
                    &[],
                    "",
                    vec![
                        el("title", &[("type", "text")], "A <b> is text here", vec![]),
                        el("id", &[], "tag:atom.example,2024:1", vec![]),
                        el(
                            "link",
                            &[("rel", "self"), ("href", "https://atom.example/self")],
                            "",
                            vec![],
                        ),
                        el("link", &[("href", "https://atom.example/1")], "", vec![]),
                        el("published", &[], "2024-01-01T00:00:00Z", vec![]),
                        el("updated", &[], "2024-01-02T00:00:00Z", vec![]),
                        el("summary", &[("type", "html")], "<p>Hello</p>", vec![]),
                        el("category", &[("term", "rust")], "", vec![]),
                    ],
                ),
            ],
        );
        let doc = article(&atom, Some("tag:atom.example,2024:1"), &strip);
        let get = |name: &str| field(&doc, name).and_then(text).map(str::to_owned);
        assert_eq!(get("title").as_deref(), Some("A <b> is text here"));
        assert_eq!(get("excerpt").as_deref(), Some("Hello"));
        assert_eq!(get("webUrl").as_deref(), Some("https://atom.example/1"));
        assert_eq!(get("locale").as_deref(), Some("de"));
        assert_eq!(
            get("updatedDateTime").as_deref(),
            Some("2024-01-02T00:00:00Z")
        );
        assert_eq!(
            field(&doc, "provider")
                .and_then(|p| field(p, "name"))
                .and_then(text),
            Some("Atom Blog")
        );
    }
}
