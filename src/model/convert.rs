//! JSON value tree -> checked [`Article`], one field at a time.
//!
//! Each field is read on its own: a field of the wrong type or with an unusable value is left
//! out and recorded in [`Parsed::dropped`], and the rest of the article still renders. Unknown
//! keys are ignored; `null` counts as absent. Only a document that is not an article at all is
//! an [`ArticleError`].

use crate::model::article::{
    Article, ArticleError, DropReason, Dropped, Image, Parsed, Provider, Related,
};
use crate::model::date::{self, Timestamp};
use crate::model::json::Value;
use crate::model::url::{HttpUrl, UrlError};

/// Longest text kept for any one field, in characters; longer text is cut with an ellipsis.
pub const MAX_TEXT_CHARS: usize = 2_000;
/// Largest image dimension accepted, in CSS pixels.
pub const MAX_DIMENSION: f64 = 20_000.0;

/// Converts a document into an article. `base` is the URL the JSON was fetched from (or the
/// page's URL for inline data); relative URLs resolve against it.
pub fn article(doc: &Value, base: Option<&HttpUrl>) -> Result<Parsed, ArticleError> {
    let Value::Object(entries) = doc else {
        return Err(ArticleError::NotAnObject { found: doc.kind() });
    };
    let mut dropped = Vec::new();
    let mut r = Reader {
        entries,
        path: String::new(),
        base,
        dropped: &mut dropped,
    };
    let article = Article {
        title: r.text("title"),
        excerpt: r.text("excerpt"),
        category: r.text("category"),
        kind: r.text("type"),
        published: r.date("publishedDateTime"),
        updated: r.date("updatedDateTime"),
        web_url: r.url("webUrl"),
        original_url: r.url("originalUrl"),
        amp_url: r.url("ampWebUrl"),
        cdn_amp_url: r.url("cdnAmpWebUrl"),
        provider: r.object("provider", provider),
        topics: r.texts("topics"),
        categories: r.texts("categories"),
        tags: r.texts("tags"),
        locale: r.text("locale"),
        images: r.objects("images", image),
        related: r.objects("related", related),
        quality: r.number("quality"),
        heat: r.number("heat"),
        is_published: r.boolean("published"),
        secured: r.text("secured"),
        content: r.text("content"),
    };
    if article.title.is_none() && article.link().is_none() {
        return Err(ArticleError::NoTitleOrUrl);
    }
    Ok(Parsed { article, dropped })
}

fn provider(r: &mut Reader) -> Option<Provider> {
    let provider = Provider {
        name: r.text("name"),
        domain: r.text("domain"),
        logos: r.objects("images", image),
    };
    if provider.name.is_none() && provider.domain.is_none() && provider.logos.is_empty() {
        return None;
    }
    Some(provider)
}

fn image(r: &mut Reader) -> Option<Image> {
    let url = r.url("url")?;
    Some(Image {
        url,
        width: r.dimension("width"),
        height: r.dimension("height"),
        title: r.text("title"),
        attribution: r.text("attribution"),
        is_cached: r.boolean("isCached"),
    })
}

fn related(r: &mut Reader) -> Option<Related> {
    let story = Related {
        title: r.text("title"),
        excerpt: r.text("excerpt"),
        kind: r.text("type"),
        published: r.date("publishedDateTime"),
        web_url: r.url("webUrl"),
        amp_url: r.url("ampWebUrl"),
        cdn_amp_url: r.url("cdnAmpWebUrl"),
        provider: r.object("provider", provider),
        quality: r.number("quality"),
        images: r.objects("images", image),
    };
    (story.title.is_some() || story.link().is_some()).then_some(story)
}

/// Reads the fields of one JSON object, recording what it drops under `path`.
struct Reader<'a> {
    entries: &'a [(String, Value)],
    path: String,
    base: Option<&'a HttpUrl>,
    dropped: &'a mut Vec<Dropped>,
}

impl<'a> Reader<'a> {
    /// The value under `key`; JSON.parse keeps the last of duplicate keys, and so do we.
    /// `null` is the same as absent.
    fn get(&self, key: &str) -> Option<&'a Value> {
        self.entries
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
            .filter(|v| !matches!(v, Value::Null))
    }

    fn field(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    fn drop(&mut self, field: String, reason: DropReason) {
        self.dropped.push(Dropped { field, reason });
    }

    fn wrong_type(&mut self, field: String, expected: &'static str, found: &Value) {
        let found = found.kind();
        self.drop(field, DropReason::WrongType { expected, found });
    }

    /// A string field, whitespace-collapsed and length-capped; blank strings are dropped.
    fn text(&mut self, key: &str) -> Option<String> {
        let value = self.get(key)?;
        let field = self.field(key);
        self.text_value(field, value)
    }

    fn text_value(&mut self, field: String, value: &Value) -> Option<String> {
        let Value::String(s) = value else {
            self.wrong_type(field, "string", value);
            return None;
        };
        let clean = clean_text(s);
        if clean.is_empty() {
            self.drop(field, DropReason::Empty);
            return None;
        }
        Some(clean)
    }

    /// An array of strings; each bad element is dropped on its own.
    fn texts(&mut self, key: &str) -> Vec<String> {
        let Some(value) = self.get(key) else {
            return Vec::new();
        };
        let field = self.field(key);
        let Value::Array(items) = value else {
            self.wrong_type(field, "array", value);
            return Vec::new();
        };
        items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| self.text_value(format!("{field}[{i}]"), item))
            .collect()
    }

    fn url(&mut self, key: &str) -> Option<HttpUrl> {
        let value = self.get(key)?;
        let field = self.field(key);
        let Value::String(s) = value else {
            self.wrong_type(field, "string", value);
            return None;
        };
        match HttpUrl::parse(s, self.base) {
            Ok(url) => Some(url),
            Err(e) => {
                let reason = match e {
                    UrlError::Empty => DropReason::Empty,
                    UrlError::UnsafeScheme => DropReason::UnsafeUrl,
                    UrlError::Relative | UrlError::Malformed => DropReason::BadUrl,
                };
                self.drop(field, reason);
                None
            }
        }
    }

    fn date(&mut self, key: &str) -> Option<Timestamp> {
        let value = self.get(key)?;
        let field = self.field(key);
        let Value::String(s) = value else {
            self.wrong_type(field, "string", value);
            return None;
        };
        let parsed = date::parse(s);
        if parsed.is_none() {
            self.drop(field, DropReason::BadDate);
        }
        parsed
    }

    fn number(&mut self, key: &str) -> Option<f64> {
        match self.get(key)? {
            Value::Number(n) if n.is_finite() => Some(*n),
            other => {
                let field = self.field(key);
                self.wrong_type(field, "number", other);
                None
            }
        }
    }

    fn boolean(&mut self, key: &str) -> Option<bool> {
        match self.get(key)? {
            Value::Bool(b) => Some(*b),
            other => {
                let field = self.field(key);
                self.wrong_type(field, "boolean", other);
                None
            }
        }
    }

    /// A positive whole number of pixels.
    fn dimension(&mut self, key: &str) -> Option<u32> {
        let n = self.number(key)?;
        if (1.0..=MAX_DIMENSION).contains(&n) && n.fract() == 0.0 {
            Some(n as u32)
        } else {
            let field = self.field(key);
            self.drop(field, DropReason::OutOfRange);
            None
        }
    }

    /// A nested object, read by `read`; `None` from `read` records the object as incomplete.
    fn object<T>(&mut self, key: &str, read: fn(&mut Reader) -> Option<T>) -> Option<T> {
        let value = self.get(key)?;
        let field = self.field(key);
        self.object_value(field, value, read)
    }

    fn object_value<T>(
        &mut self,
        field: String,
        value: &Value,
        read: fn(&mut Reader) -> Option<T>,
    ) -> Option<T> {
        let Value::Object(entries) = value else {
            self.wrong_type(field, "object", value);
            return None;
        };
        let before = self.dropped.len();
        let mut inner = Reader {
            entries,
            path: field.clone(),
            base: self.base,
            dropped: self.dropped,
        };
        let result = read(&mut inner);
        // An object dropped whole is one entry, not one per inner field as well.
        if result.is_none() {
            self.dropped.truncate(before);
            self.drop(field, DropReason::Incomplete);
        }
        result
    }

    /// An array of objects; each unusable element is dropped on its own.
    fn objects<T>(&mut self, key: &str, read: fn(&mut Reader) -> Option<T>) -> Vec<T> {
        let Some(value) = self.get(key) else {
            return Vec::new();
        };
        let field = self.field(key);
        let Value::Array(items) = value else {
            self.wrong_type(field, "array", value);
            return Vec::new();
        };
        items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| self.object_value(format!("{field}[{i}]"), item, read))
            .collect()
    }
}

/// Collapses runs of white space (and drops control characters), trims, and caps the length.
fn clean_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len().min(MAX_TEXT_CHARS * 4));
    let mut chars = 0;
    for word in s
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
    {
        if chars > 0 {
            out.push(' ');
            chars += 1;
        }
        for c in word.chars() {
            if chars >= MAX_TEXT_CHARS {
                out.push('…');
                return out;
            }
            out.push(c);
            chars += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_text_collapses_and_caps() {
        assert_eq!(clean_text("  a \n\t b\u{0}c  "), "a b c");
        let long = "x".repeat(MAX_TEXT_CHARS + 10);
        let cut = clean_text(&long);
        assert_eq!(cut.chars().count(), MAX_TEXT_CHARS + 1);
        assert!(cut.ends_with('…'));
    }
}
