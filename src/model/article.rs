//! The checked domain types the view renders. Every URL here is an [`HttpUrl`], every date
//! parsed, every dimension a positive integer: the view never re-checks anything.

use std::fmt;

use crate::model::date::Timestamp;
use crate::model::text::decimal;
use crate::model::url::HttpUrl;

/// One news article, after conversion from JSON: only what the card shows. Fields of the
/// record that the card never uses (scores, tags, the body) are not kept.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Article {
    pub title: Option<String>,
    pub excerpt: Option<String>,
    pub published: Option<Timestamp>,
    pub updated: Option<Timestamp>,
    pub web_url: Option<HttpUrl>,
    pub original_url: Option<HttpUrl>,
    pub amp_url: Option<HttpUrl>,
    pub cdn_amp_url: Option<HttpUrl>,
    pub provider: Option<Provider>,
    /// Who wrote the story, as one text ("A. Writer, B. Writer"): the byline shows it.
    pub author: Option<String>,
    pub topics: Vec<String>,
    /// The language of the article's text (a BCP 47 tag), for the `lang` of its headline.
    pub locale: Option<String>,
    pub images: Vec<Image>,
    pub related: Vec<Related>,
}

/// A smaller article in the `related` list.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Related {
    pub title: Option<String>,
    pub published: Option<Timestamp>,
    pub web_url: Option<HttpUrl>,
    pub amp_url: Option<HttpUrl>,
    pub cdn_amp_url: Option<HttpUrl>,
    pub provider: Option<Provider>,
    pub images: Vec<Image>,
}

/// Who published the story.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Provider {
    pub name: Option<String>,
    pub domain: Option<String>,
    /// Logos, largest first as the source lists them.
    pub logos: Vec<Image>,
}

/// An image with a safe URL.
#[derive(Debug, Clone, PartialEq)]
pub struct Image {
    pub url: HttpUrl,
    pub width: Option<u32>,
    pub height: Option<u32>,
    pub title: Option<String>,
    pub attribution: Option<String>,
}

impl Article {
    /// The link the title opens: `webUrl`, else the original, else the AMP URL, else the AMP
    /// cache's URL.
    pub fn link(&self) -> Option<&HttpUrl> {
        self.web_url
            .as_ref()
            .or(self.original_url.as_ref())
            .or(self.amp_url.as_ref())
            .or(self.cdn_amp_url.as_ref())
    }

    /// The text of the headline; an article without a title is named after its link's host.
    pub fn headline(&self) -> &str {
        self.title
            .as_deref()
            .or_else(|| self.link().map(HttpUrl::host))
            .unwrap_or_default()
    }

    /// The hero image: the first image.
    pub fn hero(&self) -> Option<&Image> {
        self.images.first()
    }
}

impl Related {
    /// The link the slide opens: `webUrl`, else an AMP URL.
    pub fn link(&self) -> Option<&HttpUrl> {
        self.web_url
            .as_ref()
            .or(self.amp_url.as_ref())
            .or(self.cdn_amp_url.as_ref())
    }

    /// The text of the slide's title, or its link's host.
    pub fn headline(&self) -> &str {
        self.title
            .as_deref()
            .or_else(|| self.link().map(HttpUrl::host))
            .unwrap_or_default()
    }
}

impl Provider {
    /// What to call the provider: its name, else its domain.
    pub fn label(&self) -> Option<&str> {
        self.name.as_deref().or(self.domain.as_deref())
    }
}

/// A field that was present in the JSON but could not be used, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dropped {
    /// Where it was, e.g. `related[1].images[0].url`.
    pub field: String,
    pub reason: DropReason,
}

/// Why a field was dropped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DropReason {
    /// The JSON type was not the one the field needs.
    WrongType {
        expected: &'static str,
        found: &'static str,
    },
    /// A string with nothing in it but white space.
    Empty,
    /// A string that is not an RFC 3339 timestamp.
    BadDate,
    /// A URL with a scheme other than http(s).
    UnsafeUrl,
    /// A URL that could not be read or resolved.
    BadUrl,
    /// A number out of the field's range (negative width, fractional height, ...).
    OutOfRange,
    /// An object without the part it cannot do without (an image without a URL, ...).
    Incomplete,
    /// A list longer than the card shows: the items from `field` on were left out.
    TooMany { limit: usize, found: usize },
}

impl DropReason {
    /// Why, in a few words: "expected string, found number".
    pub fn text(&self) -> String {
        let words = match self {
            DropReason::WrongType { expected, found } => {
                return ["expected ", expected, ", found ", found].concat();
            }
            DropReason::TooMany { limit, found } => {
                let (found, limit) = (decimal(*found as u64), decimal(*limit as u64));
                return [&found, " items, more than the ", &limit, " shown"].concat();
            }
            DropReason::Empty => "empty",
            DropReason::BadDate => "not an RFC 3339 date",
            DropReason::UnsafeUrl => "not an http(s) URL",
            DropReason::BadUrl => "not a usable URL",
            DropReason::OutOfRange => "out of range",
            DropReason::Incomplete => "missing what it needs",
        };
        words.to_owned()
    }
}

impl fmt::Display for DropReason {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.text())
    }
}

impl Dropped {
    /// "field: why".
    pub fn text(&self) -> String {
        [self.field.as_str(), ": ", &self.reason.text()].concat()
    }
}

impl fmt::Display for Dropped {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.text())
    }
}

/// An article plus what was left out of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub article: Article,
    /// The first [`MAX_DROPPED`] fields left out, in document order.
    pub dropped: Vec<Dropped>,
    /// How many more fields were left out beyond those listed.
    pub more_dropped: usize,
}

/// Most dropped fields listed one by one; the rest are only counted.
pub const MAX_DROPPED: usize = 20;

impl Parsed {
    /// What was left out, in one line for the card's `data-dropped` attribute: "a: why; b: why;
    /// …and 3 more". `None` when nothing was.
    pub fn dropped_summary(&self) -> Option<String> {
        if self.dropped.is_empty() {
            return None;
        }
        let mut list: Vec<String> = self.dropped.iter().map(Dropped::text).collect();
        if self.more_dropped > 0 {
            list.push(["…and ", &decimal(self.more_dropped as u64), " more"].concat());
        }
        Some(list.join("; "))
    }
}

/// A document that is not an article at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArticleError {
    /// The document is JSON, but not an object.
    NotAnObject { found: &'static str },
    /// An object with neither a usable title nor a usable URL.
    NoTitleOrUrl,
    /// Nested deeper than [`crate::model::json::MAX_DEPTH`] levels.
    TooDeep,
    /// A value JSON cannot hold, or one the browser could not read.
    Unreadable,
}

impl ArticleError {
    /// What is wrong, in a sentence's words: "the document is a JSON array, not an article
    /// object".
    pub fn text(&self) -> String {
        let words = match self {
            ArticleError::NotAnObject { found } => {
                return ["the document is a JSON ", found, ", not an article object"].concat();
            }
            ArticleError::NoTitleOrUrl => "the document has neither a title nor a link",
            ArticleError::TooDeep => "the document is nested too deeply to read",
            ArticleError::Unreadable => "the document could not be read as JSON",
        };
        words.to_owned()
    }
}

impl fmt::Display for ArticleError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.text())
    }
}
