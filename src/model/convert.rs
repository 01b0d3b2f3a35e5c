//! JSON value tree -> checked [`Article`], one field at a time.
//!
//! Each field is read on its own: a field of the wrong type or with an unusable value is left
//! out and recorded in [`Parsed::dropped`], and the rest of the article still renders. Unknown
//! keys are ignored; `null` counts as absent. Only a document that is not an article at all is
//! an [`ArticleError`].

use crate::model::article::{
    Article, ArticleError, DropReason, Dropped, Image, Parsed, Provider, Related, MAX_DROPPED,
};
use crate::model::date::{self, Timestamp};
use crate::model::json::Value;
use crate::model::text::{self, decimal};
use crate::model::url::{HttpUrl, UrlError};

/// Longest headline kept, in characters; longer text is cut with an ellipsis.
pub const MAX_TITLE_CHARS: usize = 300;
/// Longest excerpt kept, in characters.
pub const MAX_EXCERPT_CHARS: usize = 1_000;
/// Longest short text kept (names, domains, topics, credits), in characters.
pub const MAX_SHORT_CHARS: usize = 120;
/// Most related stories kept.
pub const MAX_RELATED: usize = 20;
/// Most topics kept.
pub const MAX_TOPICS: usize = 12;
/// Most images kept per list (the article's, a related story's, a provider's logos).
pub const MAX_IMAGES: usize = 4;
/// Largest image dimension accepted, in CSS pixels.
pub const MAX_DIMENSION: f64 = 20_000.0;

/// Converts a document into an article. `base` is the URL the JSON was fetched from (or the
/// page's URL for inline data); relative URLs resolve against it.
pub fn article(doc: &Value, base: Option<&HttpUrl>) -> Result<Parsed, ArticleError> {
    let Value::Object(entries) = doc else {
        return Err(ArticleError::NotAnObject { found: doc.kind() });
    };
    let mut dropped = Drops::default();
    let mut r = Reader {
        entries,
        path: String::new(),
        base,
        dropped: &mut dropped,
    };
    let article = Article {
        title: r.text("title", MAX_TITLE_CHARS),
        excerpt: r.text("excerpt", MAX_EXCERPT_CHARS),
        published: r.date("publishedDateTime"),
        updated: r.date("updatedDateTime"),
        web_url: r.url("webUrl"),
        original_url: r.url("originalUrl"),
        amp_url: r.url("ampWebUrl"),
        cdn_amp_url: r.url("cdnAmpWebUrl"),
        provider: r.object("provider", provider),
        author: r.text("author", MAX_SHORT_CHARS),
        topics: r.texts("topics", MAX_TOPICS),
        locale: r.language("locale"),
        images: r.objects("images", MAX_IMAGES, image),
        related: r.objects("related", MAX_RELATED, related),
    };
    if article.title.is_none() && article.link().is_none() {
        return Err(ArticleError::NoTitleOrUrl);
    }
    Ok(Parsed {
        article,
        dropped: dropped.listed,
        more_dropped: dropped.more,
    })
}

fn provider(r: &mut Reader) -> Option<Provider> {
    let provider = Provider {
        name: r.text("name", MAX_SHORT_CHARS),
        domain: r
            .text("domain", MAX_SHORT_CHARS)
            .map(|d| text::display_host(&d)),
        logos: r.objects("images", MAX_IMAGES, image),
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
        title: r.text("title", MAX_SHORT_CHARS),
        attribution: r.text("attribution", MAX_SHORT_CHARS),
    })
}

fn related(r: &mut Reader) -> Option<Related> {
    let story = Related {
        title: r.text("title", MAX_TITLE_CHARS),
        published: r.date("publishedDateTime"),
        web_url: r.url("webUrl"),
        amp_url: r.url("ampWebUrl"),
        cdn_amp_url: r.url("cdnAmpWebUrl"),
        provider: r.object("provider", provider),
        images: r.objects("images", MAX_IMAGES, image),
    };
    (story.title.is_some() || story.link().is_some()).then_some(story)
}

/// The dropped fields of one document: the first [`MAX_DROPPED`] listed, the rest counted.
#[derive(Default)]
struct Drops {
    listed: Vec<Dropped>,
    more: usize,
}

impl Drops {
    fn push(&mut self, dropped: Dropped) {
        if self.listed.len() < MAX_DROPPED {
            self.listed.push(dropped);
        } else {
            self.more = self.more.saturating_add(1);
        }
    }

    /// Where the list stands, to go back to with [`Drops::reset`].
    fn mark(&self) -> (usize, usize) {
        (self.listed.len(), self.more)
    }

    fn reset(&mut self, (listed, more): (usize, usize)) {
        self.listed.truncate(listed);
        self.more = more;
    }
}

/// Reads the fields of one JSON object, recording what it drops under `path`.
struct Reader<'a> {
    entries: &'a [(String, Value)],
    path: String,
    base: Option<&'a HttpUrl>,
    dropped: &'a mut Drops,
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
            [self.path.as_str(), ".", key].concat()
        }
    }

    fn drop(&mut self, field: String, reason: DropReason) {
        self.dropped.push(Dropped { field, reason });
    }

    fn wrong_type(&mut self, field: String, expected: &'static str, found: &Value) {
        let found = found.kind();
        self.drop(field, DropReason::WrongType { expected, found });
    }

    /// A string field, cleaned (see [`text::clean`]) and cut at `max` characters; blank
    /// strings are dropped.
    fn text(&mut self, key: &str, max: usize) -> Option<String> {
        let value = self.get(key)?;
        let field = self.field(key);
        self.text_value(field, value, max)
    }

    fn text_value(&mut self, field: String, value: &Value, max: usize) -> Option<String> {
        let Value::String(s) = value else {
            self.wrong_type(field, "string", value);
            return None;
        };
        let clean = text::clean(s, max);
        if clean.is_empty() {
            self.drop(field, DropReason::Empty);
            return None;
        }
        Some(clean)
    }

    /// An array of short strings, at most `limit` of them; each bad element is dropped on its
    /// own.
    fn texts(&mut self, key: &str, limit: usize) -> Vec<String> {
        let Some((field, items)) = self.array(key, limit) else {
            return Vec::new();
        };
        items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| self.text_value(item_field(&field, i), item, MAX_SHORT_CHARS))
            .collect()
    }

    /// The first `limit` items of the array under `key`, with its field name; the rest are
    /// recorded as one dropped entry.
    fn array(&mut self, key: &str, limit: usize) -> Option<(String, &'a [Value])> {
        let value = self.get(key)?;
        let field = self.field(key);
        let Value::Array(items, found) = value else {
            self.wrong_type(field, "array", value);
            return None;
        };
        let kept = items.get(..limit).unwrap_or(items);
        if *found > limit {
            let found = *found;
            self.drop(
                [&field, "[", &decimal(limit as u64), "..]"].concat(),
                DropReason::TooMany { limit, found },
            );
        }
        Some((field, kept))
    }

    /// A language tag such as `en-us`; anything else is dropped as out of range.
    fn language(&mut self, key: &str) -> Option<String> {
        let tag = self.text(key, MAX_SHORT_CHARS)?;
        let checked = text::language_tag(&tag);
        if checked.is_none() {
            let field = self.field(key);
            self.drop(field, DropReason::OutOfRange);
        }
        checked
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
        let before = self.dropped.mark();
        let mut inner = Reader {
            entries,
            path: field.clone(),
            base: self.base,
            dropped: self.dropped,
        };
        let result = read(&mut inner);
        // An object dropped whole is one entry, not one per inner field as well.
        if result.is_none() {
            self.dropped.reset(before);
            self.drop(field, DropReason::Incomplete);
        }
        result
    }

    /// An array of objects, at most `limit` of them; each unusable element is dropped on its
    /// own.
    fn objects<T>(
        &mut self,
        key: &str,
        limit: usize,
        read: fn(&mut Reader) -> Option<T>,
    ) -> Vec<T> {
        let Some((field, items)) = self.array(key, limit) else {
            return Vec::new();
        };
        items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| self.object_value(item_field(&field, i), item, read))
            .collect()
    }
}

/// The field name of item `i` of the list `field`: "topics[2]".
fn item_field(field: &str, i: usize) -> String {
    [field, "[", &decimal(i as u64), "]"].concat()
}
