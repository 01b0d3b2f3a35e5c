//! What a card tells its host page, as `CustomEvent`s on the `<news-card>` element.

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::model::url::HttpUrl;

/// One event for the host page. The embed layer turns it into a bubbling, composed
/// `CustomEvent` named [`CardEvent::name`].
#[derive(Debug, Clone, PartialEq)]
pub enum CardEvent {
    /// The article rendered: its headline and main link.
    Load { title: String, url: Option<HttpUrl> },
    /// The card shows its error panel: a short kind (`not-found`, ...) and the message shown.
    Error { kind: &'static str, message: String },
    /// A reader clicked a link; cancelable, so a host can route it itself.
    Navigate { url: HttpUrl, related: bool },
}

impl CardEvent {
    /// The DOM event name.
    pub fn name(&self) -> &'static str {
        match self {
            CardEvent::Load { .. } => "news-card:load",
            CardEvent::Error { .. } => "news-card:error",
            CardEvent::Navigate { .. } => "news-card:navigate",
        }
    }

    /// Whether `preventDefault()` on it means something.
    pub fn cancelable(&self) -> bool {
        matches!(self, CardEvent::Navigate { .. })
    }
}

/// The event's `detail`: `{title, url}` for load (`url` is `null` without a link),
/// `{kind, message}` for error, `{url, related, kind}` for navigate (`kind` is `"main"` or
/// `"related"`).
impl Serialize for CardEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            CardEvent::Load { title, url } => {
                let mut detail = serializer.serialize_struct("detail", 2)?;
                detail.serialize_field("title", title)?;
                detail.serialize_field("url", &url.as_ref().map(HttpUrl::as_str))?;
                detail.end()
            }
            CardEvent::Error { kind, message } => {
                let mut detail = serializer.serialize_struct("detail", 2)?;
                detail.serialize_field("kind", kind)?;
                detail.serialize_field("message", message)?;
                detail.end()
            }
            CardEvent::Navigate { url, related } => {
                let mut detail = serializer.serialize_struct("detail", 3)?;
                detail.serialize_field("url", url.as_str())?;
                detail.serialize_field("related", related)?;
                detail.serialize_field("kind", if *related { "related" } else { "main" })?;
                detail.end()
            }
        }
    }
}
