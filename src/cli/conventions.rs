//! Front matter as static-site generators write it, mapped to the article JSON's fields, and
//! only the fields the card reads kept (issue 21).
//!
//! A post written for Jekyll (with jekyll-seo-tag), Hugo or Eleventy names the card's fields
//! its own way: `description` or `summary` for the excerpt, `date` (Jekyll's
//! `2021-06-14 08:00:00 +0200`), `last_modified_at` or `lastmod`, `tags` and `categories`,
//! `image` (a path, or jekyll-seo-tag's `{path, width, height, alt}`) or Hugo's `images`,
//! `canonical_url`, `lang`, `author` (a name, an object with a `name`, or a list; Hugo's
//! `authors`). The article JSON's own name wins where both are given. Keys the card does not
//! read (`layout`, `comments`, a record's scores) are left out of what
//! `convert` writes; `FIELDS` and friends are the article JSON Schema's properties
//! (`schema/article.schema.json`, checked by a test).

use chrono::{DateTime, NaiveDate, NaiveDateTime, SecondsFormat};

use crate::cli::front_matter::Json;
use crate::model::{formats, Value};

/// The article's fields, in the order `convert` writes them.
pub const FIELDS: &[&str] = &[
    "title",
    "excerpt",
    "locale",
    "publishedDateTime",
    "updatedDateTime",
    "webUrl",
    "ampWebUrl",
    "cdnAmpWebUrl",
    "originalUrl",
    "provider",
    "author",
    "topics",
    "images",
    "related",
];
/// A related story's fields.
pub const RELATED_FIELDS: &[&str] = &[
    "title",
    "excerpt",
    "publishedDateTime",
    "webUrl",
    "ampWebUrl",
    "cdnAmpWebUrl",
    "originalUrl",
    "provider",
    "images",
];
/// A provider's fields.
pub const PROVIDER_FIELDS: &[&str] = &["name", "domain", "images"];
/// An image's fields.
pub const IMAGE_FIELDS: &[&str] = &["url", "width", "height", "title", "attribution"];

/// Other names for a field, as the generators write them, after the field's own name.
fn aliases(field: &str) -> &'static [&'static str] {
    match field {
        // jekyll-seo-tag and Eleventy read `description`; Hugo `summary` or `description`;
        // Jekyll itself writes `excerpt`.
        "excerpt" => &["description", "summary"],
        // jekyll-seo-tag's `lang`; Hugo's `language`.
        "locale" => &["lang", "language"],
        // Jekyll, Hugo and Eleventy: `date`; Astro's content collections: `pubDate`.
        "publishedDateTime" => &["date", "pubDate"],
        // jekyll-last-modified-at and jekyll-seo-tag: `last_modified_at`; Hugo: `lastmod`.
        "updatedDateTime" => &[
            "last_modified_at",
            "lastmod",
            "updated",
            "modified",
            "updatedDate",
        ],
        // jekyll-seo-tag's `canonical_url`; a generator's own `url` or `permalink`, when it
        // is a URL or a site path (a relative one resolves against the JSON's own URL).
        "webUrl" => &[
            "canonical_url",
            "canonicalURL",
            "canonical",
            "url",
            "permalink",
        ],
        // Hugo's `authors` (a list of names).
        "author" => &["authors"],
        // Hugo and Eleventy: `tags`; Jekyll: `tags` and `categories`; some themes `keywords`.
        "topics" => &["tags", "categories", "keywords"],
        // jekyll-seo-tag's `image`; Hugo's `images` (a list of paths) is the field's own name;
        // Hugo themes' `cover`, `featured_image`, `thumbnail`.
        "images" => &["image", "cover", "featured_image", "thumbnail"],
        _ => &[],
    }
}

/// The article JSON of a front matter (a mapping): each field from its own name or the first
/// alias given, converted to the field's form; nothing the card does not read.
pub fn article(front: &Json) -> Json {
    object(front, FIELDS, true)
}

fn object(value: &Json, fields: &[&str], top: bool) -> Json {
    let Json::Object(given) = value else {
        return value.clone();
    };
    let find = |name: &str| given.iter().find(|(key, _)| key == name).map(|(_, v)| v);
    let mut out = Vec::new();
    for &field in fields {
        let own = find(field);
        let found = own.map(|v| (v, true)).or_else(|| {
            let names = if top { aliases(field) } else { &[] };
            names.iter().find_map(|name| find(name).map(|v| (v, false)))
        });
        let Some((value, own)) = found else {
            continue;
        };
        let converted = match field {
            "publishedDateTime" | "updatedDateTime" => date(value),
            "topics" if !own => topics(value),
            "author" => match author(value) {
                Some(author) => author,
                None => continue,
            },
            "webUrl" if !own => match value {
                Json::Str(url) if is_url_or_site_path(url) => value.clone(),
                _ => continue,
            },
            "images" => list(value, image),
            "related" => list(value, |v| object(v, RELATED_FIELDS, false)),
            "provider" => object(value, PROVIDER_FIELDS, false),
            _ => value.clone(),
        };
        out.push((field.to_owned(), converted));
    }
    Json::Object(out)
}

/// A list of `value`'s items converted by `each`; one value alone is a list of one.
fn list(value: &Json, each: impl Fn(&Json) -> Json) -> Json {
    match value {
        Json::List(items) => Json::List(items.iter().map(each).collect()),
        Json::Raw(raw) if raw == "null" => value.clone(),
        one => Json::List(vec![each(one)]),
    }
}

/// An image: a path or URL alone, or an object with `url` (ours), `path` (jekyll-seo-tag),
/// `src` or `image` (Hugo themes' covers), and `alt` as its title.
fn image(value: &Json) -> Json {
    match value {
        Json::Str(_) => Json::Object(vec![("url".to_owned(), value.clone())]),
        Json::Object(given) => {
            let find = |names: &[&str]| {
                names
                    .iter()
                    .find_map(|name| given.iter().find(|(key, _)| key == name))
                    .map(|(_, v)| v.clone())
            };
            let mut out = Vec::new();
            for &field in IMAGE_FIELDS {
                let names: &[&str] = match field {
                    "url" => &["url", "path", "src", "image"],
                    "title" => &["title", "alt", "caption"],
                    "attribution" => &["attribution", "credit"],
                    _ => &[field],
                };
                if let Some(value) = find(names) {
                    out.push((field.to_owned(), value));
                }
            }
            Json::Object(out)
        }
        other => other.clone(),
    }
}

/// The author as the article JSON's one text: a name, jekyll-seo-tag's object (its `name`), or
/// a list of names or objects, read as the format mapping reads names (`formats::authors`: an
/// address or a URL is no name) and joined; left out when no name is left. Anything else is
/// kept, for the widget to drop with its reason.
fn author(value: &Json) -> Option<Json> {
    let name = |v: &'_ Json| -> Option<String> {
        match v {
            Json::Str(name) => Some(name.clone()),
            Json::Object(fields) => fields.iter().find_map(|(key, v)| match v {
                Json::Str(name) if key == "name" => Some(name.clone()),
                _ => None,
            }),
            _ => None,
        }
    };
    let names: Vec<String> = match value {
        Json::List(items) => items.iter().filter_map(name).collect(),
        Json::Object(_) | Json::Str(_) => name(value).into_iter().collect(),
        _ => return Some(value.clone()),
    };
    match formats::authors(&names) {
        Some(Value::String(joined)) => Some(Json::Str(joined)),
        _ => None,
    }
}

/// Topics from `tags`, `categories` or `keywords`: a list as it is; one string split at commas
/// when it has any, else at white space (Jekyll's `tags: ai vision`).
fn topics(value: &Json) -> Json {
    match value {
        Json::Str(text) => {
            let parts: Vec<&str> = if text.contains(',') {
                text.split(',').collect()
            } else {
                text.split_whitespace().collect()
            };
            Json::List(
                parts
                    .into_iter()
                    .map(str::trim)
                    .filter(|part| !part.is_empty())
                    .map(|part| Json::Str(part.to_owned()))
                    .collect(),
            )
        }
        other => other.clone(),
    }
}

fn is_url_or_site_path(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://") || url.starts_with('/')
}

/// A date as RFC 3339, from the forms generators write: RFC 3339 itself; Jekyll's
/// `2021-06-14 08:00:00 +0200` (or `+02:00`, or with fractions of a second); a date and time
/// with no offset, taken as UTC; a day alone (`2021-06-14`), taken as its midnight UTC. Any
/// other text is kept as written, for the widget to drop with its reason.
pub fn date(value: &Json) -> Json {
    let Json::Str(text) = value else {
        return value.clone();
    };
    normalized(text.trim()).map_or_else(|| value.clone(), Json::Str)
}

fn normalized(text: &str) -> Option<String> {
    if DateTime::parse_from_rfc3339(text).is_ok() {
        return Some(text.to_owned());
    }
    let rfc3339 =
        |at: DateTime<chrono::FixedOffset>| at.to_rfc3339_opts(SecondsFormat::AutoSi, true);
    for format in [
        "%Y-%m-%d %H:%M:%S%.f %z",
        "%Y-%m-%d %H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M:%S%.f%z",
    ] {
        if let Ok(at) = DateTime::parse_from_str(text, format) {
            return Some(rfc3339(at));
        }
    }
    let utc = |at: NaiveDateTime| at.and_utc().to_rfc3339_opts(SecondsFormat::AutoSi, true);
    for format in [
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M",
    ] {
        if let Ok(at) = NaiveDateTime::parse_from_str(text, format) {
            return Some(utc(at));
        }
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .ok()
        .and_then(|day| day.and_hms_opt(0, 0, 0))
        .map(utc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_as_generators_write_them_become_rfc_3339() {
        let cases = [
            ("2021-06-05T14:56:00Z", "2021-06-05T14:56:00Z"),
            ("2021-06-05T14:56:00+02:00", "2021-06-05T14:56:00+02:00"),
            (
                "2021-06-05T14:56:00.000+00:00",
                "2021-06-05T14:56:00.000+00:00",
            ),
            ("2021-06-14 08:00:00 +0200", "2021-06-14T08:00:00+02:00"),
            ("2021-06-14 08:00:00 -0500", "2021-06-14T08:00:00-05:00"),
            ("2021-06-14 08:00:00 +02:00", "2021-06-14T08:00:00+02:00"),
            ("2021-06-14 08:00:00.250 +0000", "2021-06-14T08:00:00.250Z"),
            ("2021-06-14 08:00:00", "2021-06-14T08:00:00Z"),
            ("2021-06-14 08:00", "2021-06-14T08:00:00Z"),
            ("2021-06-14", "2021-06-14T00:00:00Z"),
            ("  2021-06-14  ", "2021-06-14T00:00:00Z"),
            ("June 14, 2021", "June 14, 2021"),
            ("2021-02-30", "2021-02-30"),
        ];
        for (given, expected) in cases {
            assert_eq!(
                date(&Json::Str(given.to_owned())),
                Json::Str(expected.to_owned()),
                "{given}"
            );
        }
        assert_eq!(
            date(&Json::Raw("20210614".to_owned())),
            Json::Raw("20210614".to_owned())
        );
    }

    /// The properties an object of the article JSON Schema lists at `pointer`.
    fn schema_fields(pointer: &str) -> Vec<String> {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/article.schema.json");
        let schema: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).expect("the schema"))
                .expect("JSON");
        let node = schema.pointer(pointer).expect("the pointer");
        node["properties"]
            .as_object()
            .expect("properties")
            .keys()
            .cloned()
            .collect()
    }

    #[test]
    fn the_fields_kept_are_the_schemas() {
        let sorted = |fields: &[&str]| {
            let mut v: Vec<String> = fields.iter().map(|f| (*f).to_owned()).collect();
            v.sort();
            v
        };
        let sorted_schema = |pointer| {
            let mut v = schema_fields(pointer);
            v.sort();
            v
        };
        assert_eq!(sorted(FIELDS), sorted_schema(""));
        assert_eq!(
            sorted(RELATED_FIELDS),
            sorted_schema("/properties/related/items")
        );
        assert_eq!(sorted(PROVIDER_FIELDS), sorted_schema("/$defs/provider"));
        assert_eq!(sorted(IMAGE_FIELDS), sorted_schema("/$defs/image"));
    }

    #[test]
    fn an_author_in_each_generators_shape_is_one_name_text() {
        let text = |s: &str| Json::Str(s.to_owned());
        let object = |name: &str| {
            Json::Object(vec![
                ("name".to_owned(), text(name)),
                ("twitter".to_owned(), text("@jd")),
            ])
        };
        let cases = [
            (text("Jane Doe"), Some(text("Jane Doe"))),
            // jekyll-seo-tag's object; a list of names or objects (Hugo's `authors`).
            (object("Jane Doe"), Some(text("Jane Doe"))),
            (
                Json::List(vec![text("Ann"), object("Bo"), text("Ann")]),
                Some(text("Ann, Bo")),
            ),
            // Nothing that is a name: the field is left out.
            (Json::List(vec![text("https://blog.example/ann")]), None),
            (text("https://twitter.com/jd"), None),
            (text("jd@blog.example"), None),
            (text("Jane Doe <jd@blog.example>"), Some(text("Jane Doe"))),
            (Json::List(Vec::new()), None),
            // Kept, for the widget to drop with its reason.
            (Json::Raw("42".to_owned()), Some(Json::Raw("42".to_owned()))),
        ];
        for (given, expected) in cases {
            assert_eq!(author(&given), expected, "{given:?}");
        }
    }

    #[test]
    fn topics_split_a_string_at_commas_else_at_white_space() {
        let strings =
            |items: &[&str]| Json::List(items.iter().map(|s| Json::Str((*s).to_owned())).collect());
        assert_eq!(
            topics(&Json::Str("ai vision".to_owned())),
            strings(&["ai", "vision"])
        );
        assert_eq!(
            topics(&Json::Str("machine learning, computer vision".to_owned())),
            strings(&["machine learning", "computer vision"])
        );
        assert_eq!(topics(&strings(&["a b"])), strings(&["a b"]));
    }
}
