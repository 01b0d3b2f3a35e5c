//! What a card tells its host page, as `CustomEvent`s on the `<news-card>` element.

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
