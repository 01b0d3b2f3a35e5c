//! schema.org JSON-LD -> the article JSON: the first node typed as an article (`Article`,
//! `NewsArticle`, `BlogPosting`, `Report` and their kin), in a document that is one node, a
//! list of nodes, or an `@graph` (the shape Yoast and others write), with `{"@id": …}`
//! references to other nodes of the document followed.
//!
//! | article field | JSON-LD |
//! |---|---|
//! | `title` | `headline`, else `name` |
//! | `excerpt` | `description`, else `abstract` |
//! | `locale` | `inLanguage` (a tag, or a `Language` with `alternateName`) |
//! | `publishedDateTime`, `updatedDateTime` | `datePublished`, `dateModified` (no offset: UTC) |
//! | `webUrl` | `url`, else `mainEntityOfPage` (a URL, or a node's `@id` or `url`) |
//! | `provider` | `publisher`: its `name`, and its `logo` as the provider's image |
//! | `author` | `author`: a name, a `Person` or `Organization` (its `name`), or a list of them |
//! | `topics` | `keywords` (a list, or a string split at commas), then `articleSection` |
//! | `images` | `image`: a URL, an `ImageObject` (`url` or `contentUrl`, `width`, `height`, `caption`) or a list of them |

use crate::model::formats::{
    authors, comma_terms, date, field, first_text, image, items, list, provider, sized_image,
    some_list, string, text, whole_number, Fields,
};
use crate::model::Value;

/// The schema.org types taken for an article.
const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "NewsArticle",
    "AnalysisNewsArticle",
    "AskPublicNewsArticle",
    "BackgroundNewsArticle",
    "OpinionNewsArticle",
    "ReportageNewsArticle",
    "ReviewNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "SocialMediaPosting",
    "DiscussionForumPosting",
    "Report",
    "ScholarlyArticle",
    "TechArticle",
    "SatiricalArticle",
    "AdvertiserContentArticle",
];

/// How many `@id` references one value may go through: enough for real graphs, and a cycle
/// ends there.
const MAX_HOPS: usize = 4;

/// The article document of a JSON-LD document; an empty object when it holds no article node.
pub fn article(doc: &Value) -> Value {
    let nodes = nodes(doc);
    let Some(node) = nodes.iter().copied().find(|n| is_article(n)) else {
        return Value::Object(Vec::new());
    };
    let graph = Graph { nodes: &nodes };
    let mut out = Fields::default();
    let mut put = |name: &str, value: Option<Value>| out.put(name, value);
    put("title", first_text(node, &["headline", "name"]));
    put("excerpt", first_text(node, &["description", "abstract"]));
    put(
        "locale",
        field(node, "inLanguage")
            .and_then(|l| graph.resolve(l))
            .and_then(|l| text(l).or_else(|| field(l, "alternateName").and_then(text)))
            .map(string),
    );
    put(
        "publishedDateTime",
        field(node, "datePublished").and_then(date),
    );
    put(
        "updatedDateTime",
        field(node, "dateModified").and_then(date),
    );
    put("webUrl", graph.url(node));
    put(
        "provider",
        field(node, "publisher").and_then(|p| graph.provider(p)),
    );
    put(
        "author",
        field(node, "author").and_then(|a| graph.authors(a)),
    );
    put("topics", topics(node));
    put(
        "images",
        field(node, "image")
            .map(|i| graph.images(i))
            .filter(|i| !items(i).is_empty()),
    );
    Value::Object(out.0)
}

/// The document's nodes: the top-level object, a list's objects, and every `@graph`'s.
fn nodes(doc: &Value) -> Vec<&Value> {
    let mut out = Vec::new();
    for top in items(doc) {
        match field(top, "@graph") {
            Some(graph) => out.extend(items(graph)),
            None => out.push(top),
        }
    }
    out.retain(|n| matches!(n, Value::Object(_)));
    out
}

fn is_article(node: &Value) -> bool {
    field(node, "@type").is_some_and(|types| {
        items(types).iter().filter_map(|t| text(t)).any(|t| {
            let t = t
                .strip_prefix("schema:")
                .or_else(|| t.strip_prefix("http://schema.org/"))
                .or_else(|| t.strip_prefix("https://schema.org/"))
                .unwrap_or(t);
            ARTICLE_TYPES.contains(&t)
        })
    })
}

/// `keywords` (a list, or a comma-separated string) and then `articleSection`.
fn topics(node: &Value) -> Option<Value> {
    let mut out = Vec::new();
    for name in ["keywords", "articleSection"] {
        for item in field(node, name).map(items).unwrap_or_default() {
            match text(item) {
                Some(t) if name == "keywords" => out.extend(comma_terms(t)),
                Some(t) => out.push(string(t)),
                None => {}
            }
        }
    }
    some_list(out)
}

struct Graph<'a> {
    nodes: &'a [&'a Value],
}

impl<'a> Graph<'a> {
    /// `value`, or the node its `{"@id": …}` names (following at most [`MAX_HOPS`]).
    fn resolve(&self, mut value: &'a Value) -> Option<&'a Value> {
        for _ in 0..MAX_HOPS {
            let Value::Object(entries) = value else {
                return Some(value);
            };
            let reference = entries.len() == 1 && entries.first().is_some_and(|(k, _)| k == "@id");
            if !reference {
                return Some(value);
            }
            let id = field(value, "@id").and_then(text)?;
            value = self.nodes.iter().copied().find(|n| {
                field(n, "@id").and_then(text) == Some(id) && field(n, "@type").is_some()
            })?;
        }
        None
    }

    /// The node's own page: `url`, else `mainEntityOfPage` (a URL, or a node's `@id`/`url`).
    fn url(&self, node: &'a Value) -> Option<Value> {
        if let Some(url) = field(node, "url").and_then(text) {
            return Some(string(url));
        }
        let page = field(node, "mainEntityOfPage")?;
        // A `{"@id": …}` that names no node of the document is the page's URL itself.
        let resolved = self.resolve(page).unwrap_or(page);
        text(page)
            .or_else(|| field(resolved, "url").and_then(text))
            .or_else(|| field(resolved, "@id").and_then(text))
            .map(string)
    }

    /// The provider: the publisher's name and logo.
    fn provider(&self, publisher: &'a Value) -> Option<Value> {
        let publisher = items(publisher).into_iter().find_map(|p| self.resolve(p))?;
        let name = text(publisher).or_else(|| field(publisher, "name").and_then(text));
        let logo = field(publisher, "logo")
            .map(|logo| self.images(logo))
            .filter(|logo| !items(logo).is_empty());
        provider(name, logo)
    }

    /// The authors' names: each a name, or a node (or a reference to one) with a `name`, else
    /// its `givenName` and `familyName`.
    fn authors(&self, value: &'a Value) -> Option<Value> {
        let names: Vec<String> = items(value)
            .into_iter()
            .filter_map(|a| self.resolve(a))
            .filter_map(|a| {
                let given = || {
                    let parts = ["givenName", "familyName"].map(|n| field(a, n).and_then(text));
                    let parts: Vec<&str> = parts.into_iter().flatten().collect();
                    (!parts.is_empty()).then(|| parts.join(" "))
                };
                text(a)
                    .or_else(|| field(a, "name").and_then(text))
                    .map(str::to_owned)
                    .or_else(given)
            })
            .collect();
        authors(&names)
    }

    /// Images: URLs, `ImageObject`s or references to them, as the article JSON's images.
    fn images(&self, value: &'a Value) -> Value {
        let image = |v: &'a Value| -> Option<Value> {
            let v = self.resolve(v)?;
            if let Some(url) = text(v) {
                return Some(image(url));
            }
            let url = field(v, "url")
                .or_else(|| field(v, "contentUrl"))
                .and_then(text)?;
            let size = |name| field(v, name).and_then(dimension);
            let Value::Object(mut out) = sized_image(url, size("width"), size("height")) else {
                return None;
            };
            if let Some(caption) = field(v, "caption").and_then(text) {
                out.push(("title".to_owned(), string(caption)));
            }
            Some(Value::Object(out))
        };
        list(items(value).into_iter().filter_map(image).collect())
    }
}

/// A width or height: a number, digits in a string ("1200", "1200px"), or a
/// `QuantitativeValue`'s `value`.
fn dimension(value: &Value) -> Option<f64> {
    match value {
        Value::Number(n) => Some(*n),
        Value::String(s) => whole_number(s.trim().trim_end_matches("px")).map(f64::from),
        Value::Object(_) => field(value, "value").and_then(dimension),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::formats::parse;

    fn mapped(json: &str) -> serde_json::Value {
        to_serde(&article(&parse(json)))
    }

    fn to_serde(value: &Value) -> serde_json::Value {
        match value {
            Value::Null => serde_json::Value::Null,
            Value::Bool(b) => (*b).into(),
            Value::Number(n) => (*n).into(),
            Value::String(s) => s.clone().into(),
            Value::Array(items, _) => items.iter().map(to_serde).collect(),
            Value::Object(entries) => entries
                .iter()
                .map(|(k, v)| (k.clone(), to_serde(v)))
                .collect::<serde_json::Map<_, _>>()
                .into(),
        }
    }

    #[test]
    fn a_yoast_graph_with_references_maps_to_the_article() {
        let doc = r#"{"@context": "https://schema.org", "@graph": [
            {"@type": "Organization", "@id": "https://news.example/#org", "name": "Example News",
             "logo": {"@id": "https://news.example/#logo"}},
            {"@type": "ImageObject", "@id": "https://news.example/#logo", "url": "https://news.example/logo.png", "width": "112", "height": 112},
            {"@type": "WebPage", "@id": "https://news.example/story/", "url": "https://news.example/story/"},
            {"@type": ["Article", "NewsArticle"], "@id": "https://news.example/story/#article",
             "headline": "A story", "description": "What happened.",
             "datePublished": "2024-05-01T08:00:00+00:00", "dateModified": "2024-05-02T09:30:00",
             "mainEntityOfPage": {"@id": "https://news.example/story/"},
             "publisher": {"@id": "https://news.example/#org"},
             "image": {"@type": "ImageObject", "url": "https://news.example/a.jpg", "width": 1200, "height": 675, "caption": "A photo"},
             "keywords": ["Politics", "Elections"], "articleSection": "World", "inLanguage": "en-US",
             "author": [{"@type": "Person", "name": "A. Writer"}]}
        ]}"#;
        assert_eq!(
            mapped(doc),
            serde_json::json!({
                "title": "A story",
                "excerpt": "What happened.",
                "locale": "en-US",
                "publishedDateTime": "2024-05-01T08:00:00+00:00",
                "updatedDateTime": "2024-05-02T09:30:00Z",
                "webUrl": "https://news.example/story/",
                "provider": {"name": "Example News", "images": [{"url": "https://news.example/logo.png", "width": 112.0, "height": 112.0}]},
                "author": "A. Writer",
                "topics": ["Politics", "Elections", "World"],
                "images": [{"url": "https://news.example/a.jpg", "width": 1200.0, "height": 675.0, "title": "A photo"}],
            })
        );
    }

    #[test]
    fn authors_in_each_shape_become_one_text() {
        let cases = [
            (r#""A. Writer""#, Some("A. Writer")),
            (
                r#"{"@type": "Person", "name": "A. Writer"}"#,
                Some("A. Writer"),
            ),
            (
                r#"{"@type": "Organization", "name": "The Desk"}"#,
                Some("The Desk"),
            ),
            (
                r#"{"@type": "Person", "givenName": "Ann", "familyName": "Lee"}"#,
                Some("Ann Lee"),
            ),
            // Yoast's shape: a reference to a Person node of the graph.
            (
                r##"{"@id": "https://news.example/#/schema/person/1"}"##,
                Some("Ref Erenced"),
            ),
            (
                r#"[{"@type": "Person", "name": "A. Writer"}, "B. Writer", {"@type": "Person", "name": "A. Writer"}]"#,
                Some("A. Writer, B. Writer"),
            ),
            // A profile URL or an address alone is not a name; a node without one gives none.
            (
                r#"["https://news.example/authors/a", "a@news.example"]"#,
                None,
            ),
            (
                r#"{"@type": "Person", "url": "https://news.example/authors/a"}"#,
                None,
            ),
            (r#"[]"#, None),
        ];
        for (author, expected) in cases {
            let doc = format!(
                r#"{{"@context": "https://schema.org", "@graph": [
                    {{"@type": "Person", "@id": "https://news.example/#/schema/person/1", "name": "Ref Erenced"}},
                    {{"@type": "NewsArticle", "headline": "H", "author": {author}}}]}}"#
            );
            let got = mapped(&doc);
            assert_eq!(
                got.get("author").and_then(|a| a.as_str()),
                expected,
                "{author}"
            );
        }
    }

    #[test]
    fn shapes_of_image_keywords_and_types() {
        let doc = r#"[{"@context": "http://schema.org", "@type": "WebSite", "name": "Site"},
            {"@context": "http://schema.org", "@type": "BlogPosting", "name": "Named only",
             "url": "https://blog.example/p", "image": ["https://blog.example/1.jpg", {"contentUrl": "https://blog.example/2.jpg"}],
             "keywords": "a, b ,, c", "publisher": "Blog Inc", "datePublished": "2023-01-05"}]"#;
        assert_eq!(
            mapped(doc),
            serde_json::json!({
                "title": "Named only",
                "publishedDateTime": "2023-01-05T00:00:00Z",
                "webUrl": "https://blog.example/p",
                "provider": {"name": "Blog Inc"},
                "topics": ["a", "b", "c"],
                "images": [{"url": "https://blog.example/1.jpg"}, {"url": "https://blog.example/2.jpg"}],
            })
        );
    }

    #[test]
    fn a_report_and_the_kin_of_article_are_articles() {
        // The shape a research institute's report page gives (the NVD's, for one): a `Report`
        // with a headline, a day for its date and a publisher by name.
        let report = r#"{"@context": "https://schema.org", "@type": "Report",
            "headline": "CVE-2026-12345 Detail", "datePublished": "2026-07-22",
            "publisher": {"@type": "Organization", "name": "NIST National Vulnerability Database"}}"#;
        assert_eq!(
            mapped(report),
            serde_json::json!({
                "title": "CVE-2026-12345 Detail",
                "publishedDateTime": "2026-07-22T00:00:00Z",
                "provider": {"name": "NIST National Vulnerability Database"},
            })
        );
        for kind in [
            "OpinionNewsArticle",
            "LiveBlogPosting",
            "ScholarlyArticle",
            "TechArticle",
        ] {
            let doc = format!(
                r#"{{"@context": "https://schema.org", "@type": ["CreativeWork", "{kind}"], "name": "N"}}"#
            );
            assert_eq!(mapped(&doc)["title"], "N", "{kind}");
        }
    }

    #[test]
    fn no_article_node_is_an_empty_article_and_cycles_end() {
        assert_eq!(
            mapped(r#"{"@context": "https://schema.org", "@type": "Recipe", "name": "Soup"}"#),
            serde_json::json!({})
        );
        let cycle = r##"{"@graph": [
            {"@type": "NewsArticle", "headline": "Loop", "publisher": {"@id": "#a"}},
            {"@type": "Thing", "@id": "#a", "name": {"@id": "#b"}},
            {"@type": "Thing", "@id": "#b", "logo": {"@id": "#a"}}]}"##;
        // The publisher's name is a reference, not text: no name; its logo loops: no image.
        assert_eq!(mapped(cycle)["title"], "Loop");
    }
}
