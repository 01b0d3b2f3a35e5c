//! `convert --array`: the articles as one JSON Feed 1.1, which any feed reader takes, and
//! which maps back to the same articles (`model::formats::json_feed`: its newest item the
//! article, the rest its related stories).
//!
//! | JSON Feed item | article JSON |
//! |---|---|
//! | `id` | `webUrl`, else the file's name |
//! | `url`, `external_url` | `webUrl`, `originalUrl` |
//! | `title`, `summary` | `title`, `excerpt` |
//! | `image` | the first image's `url` |
//! | `date_published`, `date_modified` | `publishedDateTime`, `updatedDateTime` |
//! | `tags`, `language` | `topics`, `locale` |
//! | `authors` | `author`, as one author's `name` |
//!
//! The feed's `title` is `--title`, else the provider's name every article shares, else
//! "Articles". Items go newest first, as JSON Feed asks; the undated after, in file order.
//! An article's own provider and related stories have no place in an item and are left out.

use chrono::DateTime;
use serde_json::{json, Map, Value};

/// The JSON Feed of `articles` (each its file's stem and its article JSON text).
pub fn json_feed(articles: &[(String, String)], title: Option<&str>) -> String {
    let parsed: Vec<(&str, Value)> = articles
        .iter()
        .filter_map(|(stem, text)| serde_json::from_str(text).ok().map(|v| (stem.as_str(), v)))
        .collect();
    let shared_provider = {
        let names: Vec<Option<&str>> = parsed
            .iter()
            .map(|(_, a)| a.pointer("/provider/name").and_then(Value::as_str))
            .collect();
        names
            .first()
            .copied()
            .flatten()
            .filter(|first| names.iter().all(|n| *n == Some(*first)))
    };
    let mut items: Vec<(Option<i64>, Value)> = parsed
        .iter()
        .map(|(stem, a)| (instant(a), item(stem, a)))
        .collect();
    // Stable: equal or missing dates keep file order, the undated last.
    items.sort_by_key(|(at, _)| std::cmp::Reverse(*at));
    let feed = json!({
        "version": "https://jsonfeed.org/version/1.1",
        "title": title.or(shared_provider).unwrap_or("Articles"),
        "items": items.into_iter().map(|(_, item)| item).collect::<Vec<_>>(),
    });
    serde_json::to_string_pretty(&feed).unwrap_or_default()
}

fn instant(article: &Value) -> Option<i64> {
    DateTime::parse_from_rfc3339(article.get("publishedDateTime")?.as_str()?)
        .ok()
        .map(|at| at.timestamp_millis())
}

fn item(stem: &str, article: &Value) -> Value {
    let mut item = Map::new();
    let mut put = |key: &str, value: Option<&Value>| {
        if let Some(value) = value.filter(|v| !v.is_null()) {
            item.insert(key.to_owned(), value.clone());
        }
    };
    let id = article
        .get("webUrl")
        .and_then(Value::as_str)
        .unwrap_or(stem);
    put("id", Some(&Value::from(id)));
    put("url", article.get("webUrl"));
    put("external_url", article.get("originalUrl"));
    put("title", article.get("title"));
    put("summary", article.get("excerpt"));
    put("image", article.pointer("/images/0/url"));
    put("date_published", article.get("publishedDateTime"));
    put("date_modified", article.get("updatedDateTime"));
    put("tags", article.get("topics"));
    put("language", article.get("locale"));
    let author = article
        .get("author")
        .filter(|a| a.is_string())
        .map(|name| json!([{ "name": name }]));
    put("authors", author.as_ref());
    Value::Object(item)
}
