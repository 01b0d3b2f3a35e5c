//! Why an article could not be shown, in words a reader understands.

use std::fmt;

use crate::model::article::ArticleError;
use crate::model::json::ReadError;
use crate::model::text::decimal;
use crate::model::words::Words;

/// Largest article accepted, in bytes of decoded JSON text: a response body (counted as it
/// streams in, after any compression is undone), an inline `<script>`, or the `article`
/// property written out as JSON.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;
/// Longest wait for one try of a request, in milliseconds.
pub const TIMEOUT_MS: u32 = 10_000;

/// A failed load of an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The `src` is not an http(s) URL.
    BadSource,
    /// HTTP 404 or 410.
    NotFound { status: u16 },
    /// HTTP 5xx.
    Server { status: u16 },
    /// Any other non-2xx status.
    Http { status: u16 },
    /// The body is over [`MAX_BODY_BYTES`].
    TooLarge,
    /// No answer within [`TIMEOUT_MS`].
    Timeout,
    /// The request did not reach the server (offline, DNS, CORS).
    Network,
    /// The page's Content-Security-Policy forbids the request (its `connect-src`, the
    /// directive every fetch is checked against). Not a fault that trying again can mend.
    Blocked,
    /// The body is not JSON.
    NotJson,
    /// JSON, but not an article.
    NotAnArticle(ArticleError),
}

impl LoadError {
    /// Maps an HTTP status that is not a success.
    pub fn from_status(status: u16) -> LoadError {
        match status {
            404 | 410 => LoadError::NotFound { status },
            500..=599 => LoadError::Server { status },
            _ => LoadError::Http { status },
        }
    }

    /// A short stable name for scripts and events, e.g. `not-found`.
    pub fn kind(&self) -> &'static str {
        match self {
            LoadError::BadSource => "bad-source",
            LoadError::NotFound { .. } => "not-found",
            LoadError::Server { .. } => "server",
            LoadError::Http { .. } => "http",
            LoadError::TooLarge => "too-large",
            LoadError::Timeout => "timeout",
            LoadError::Network => "network",
            LoadError::Blocked => "blocked",
            LoadError::NotJson => "not-json",
            LoadError::NotAnArticle(_) => "not-an-article",
        }
    }

    /// The HTTP status the server answered with, when that was the failure.
    pub fn status(&self) -> Option<u16> {
        match self {
            LoadError::NotFound { status }
            | LoadError::Server { status }
            | LoadError::Http { status } => Some(*status),
            _ => None,
        }
    }

    /// A document the value reader refused.
    pub fn from_read(error: ReadError) -> LoadError {
        match error {
            ReadError::TooLarge => LoadError::TooLarge,
            ReadError::TooDeep => LoadError::NotAnArticle(ArticleError::TooDeep),
            ReadError::Invalid => LoadError::NotAnArticle(ArticleError::Unreadable),
        }
    }

    /// The short sentence a reader sees, in their language. The technical detail (status,
    /// parse reason) is the `Display` text, for the host page's event and console only.
    pub fn reader_message(&self, words: &Words) -> &'static str {
        match self {
            LoadError::NotFound { .. } => words.not_found,
            LoadError::Server { .. } | LoadError::Http { .. } | LoadError::Timeout => {
                words.unavailable
            }
            LoadError::Network => words.offline,
            LoadError::BadSource
            | LoadError::Blocked
            | LoadError::TooLarge
            | LoadError::NotJson
            | LoadError::NotAnArticle(_) => words.broken,
        }
    }

    /// Whether a reader's Retry could help a fetched article: not for a bad address, nor for
    /// one the page's policy blocks. (Inline and property data never offer Retry: the same data
    /// would fail the same way.)
    pub fn is_retryable(&self) -> bool {
        !matches!(self, LoadError::BadSource | LoadError::Blocked)
    }
}

impl LoadError {
    /// The technical detail, in English, for the page's `news-card:error` event: "The article
    /// was not found (HTTP 404)".
    pub fn text(&self) -> String {
        let (start, status) = match self {
            LoadError::NotFound { status } => ("The article was not found (HTTP ", status),
            LoadError::Server { status } => ("The news server had a problem (HTTP ", status),
            LoadError::Http { status } => ("The news server refused the request (HTTP ", status),
            LoadError::NotAnArticle(e) => {
                return ["The server did not send an article (", &e.text(), ")"].concat();
            }
            LoadError::BadSource => return "This card has no valid article address".to_owned(),
            LoadError::TooLarge => return "The article is too large to show".to_owned(),
            LoadError::Timeout => return "The news server took too long to answer".to_owned(),
            LoadError::Network => {
                return "The article could not be loaded: check the connection".to_owned();
            }
            LoadError::Blocked => {
                return "The page's Content-Security-Policy blocked the request (connect-src)"
                    .to_owned();
            }
            LoadError::NotJson => {
                return "The server did not send an article (the response is not JSON)".to_owned();
            }
        };
        [start, &decimal(u64::from(*status)), ")"].concat()
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.text())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_map_to_plain_words() {
        let cases = [
            (404, "not-found", "The article was not found (HTTP 404)"),
            (410, "not-found", "The article was not found (HTTP 410)"),
            (500, "server", "The news server had a problem (HTTP 500)"),
            (503, "server", "The news server had a problem (HTTP 503)"),
            (
                403,
                "http",
                "The news server refused the request (HTTP 403)",
            ),
        ];
        for (status, kind, words) in cases {
            let e = LoadError::from_status(status);
            assert_eq!((e.kind(), e.to_string().as_str()), (kind, words));
        }
    }

    #[test]
    fn a_blocked_request_names_the_directive_and_offers_no_retry() {
        let e = LoadError::Blocked;
        assert_eq!(e.kind(), "blocked");
        assert_eq!(
            e.text(),
            "The page's Content-Security-Policy blocked the request (connect-src)"
        );
        assert!(!e.is_retryable());
        assert_eq!(
            e.reader_message(crate::model::words::for_locale(None)),
            crate::model::words::for_locale(None).broken
        );
    }
}
