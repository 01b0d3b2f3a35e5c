//! The checked domain types the view renders. Every URL here is an [`HttpUrl`], every date
//! parsed, every dimension a positive integer: the view never re-checks anything.

use std::fmt;

use crate::model::date::Timestamp;
use crate::model::url::HttpUrl;

/// One news article, after conversion from JSON.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Article {
    pub title: Option<String>,
    pub excerpt: Option<String>,
    pub category: Option<String>,
    /// The record's `type` ("article", "video", ...).
    pub kind: Option<String>,
    pub published: Option<Timestamp>,
    pub updated: Option<Timestamp>,
    pub web_url: Option<HttpUrl>,
    pub original_url: Option<HttpUrl>,
    pub amp_url: Option<HttpUrl>,
    pub cdn_amp_url: Option<HttpUrl>,
    pub provider: Option<Provider>,
    pub topics: Vec<String>,
    pub categories: Vec<String>,
    pub tags: Vec<String>,
    pub locale: Option<String>,
    pub images: Vec<Image>,
    pub related: Vec<Related>,
    pub quality: Option<f64>,
    pub heat: Option<f64>,
    /// The record's `published` flag (editorial state, not the date).
    pub is_published: Option<bool>,
    /// Opaque token of the source; kept, never shown.
    pub secured: Option<String>,
    /// Body text as the source gave it. May hold HTML: it is only ever rendered as text.
    pub content: Option<String>,
}

/// A smaller article in the `related` list.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Related {
    pub title: Option<String>,
    pub excerpt: Option<String>,
    pub kind: Option<String>,
    pub published: Option<Timestamp>,
    pub web_url: Option<HttpUrl>,
    pub amp_url: Option<HttpUrl>,
    pub cdn_amp_url: Option<HttpUrl>,
    pub provider: Option<Provider>,
    pub quality: Option<f64>,
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
    pub is_cached: Option<bool>,
}

impl Image {
    /// Width and height when both are known, so the browser can reserve the space.
    pub fn size(&self) -> Option<(u32, u32)> {
        self.width.zip(self.height)
    }
}

impl Article {
    /// The link the title opens: `webUrl`, else the original, else an AMP URL.
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
}

impl fmt::Display for DropReason {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            DropReason::WrongType { expected, found } => {
                write!(f, "expected {expected}, found {found}")
            }
            DropReason::Empty => f.write_str("empty"),
            DropReason::BadDate => f.write_str("not an RFC 3339 date"),
            DropReason::UnsafeUrl => f.write_str("not an http(s) URL"),
            DropReason::BadUrl => f.write_str("not a usable URL"),
            DropReason::OutOfRange => f.write_str("out of range"),
            DropReason::Incomplete => f.write_str("missing what it needs"),
        }
    }
}

impl fmt::Display for Dropped {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.reason)
    }
}

/// An article plus what was left out of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub article: Article,
    pub dropped: Vec<Dropped>,
}

/// A document that is not an article at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArticleError {
    /// The document is JSON, but not an object.
    NotAnObject { found: &'static str },
    /// An object with neither a usable title nor a usable URL.
    NoTitleOrUrl,
    /// JSON the reader refused: nested too deeply, or values JSON cannot hold.
    Unreadable,
}

impl fmt::Display for ArticleError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ArticleError::NotAnObject { found } => {
                write!(f, "the document is a JSON {found}, not an article object")
            }
            ArticleError::NoTitleOrUrl => {
                f.write_str("the document has neither a title nor a link")
            }
            ArticleError::Unreadable => f.write_str("the document is nested too deeply to read"),
        }
    }
}
