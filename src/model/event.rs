//! What a card tells its host page, as `CustomEvent`s on the `<news-card>` element.

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::model::url::HttpUrl;

/// One event for the host page. The embed layer turns it into a bubbling, composed
/// `CustomEvent` named [`CardEvent::name`].
#[derive(Debug, Clone, PartialEq)]
pub enum CardEvent {
    /// The article rendered: its headline and main link.
    Load { title: String, url: Option<HttpUrl> },
    /// The card could not load: a short kind (`not-found`, ...), the technical message, the
    /// HTTP status when the server answered with one, and the URL it fetched (none for data
    /// the card was given).
    Error {
        kind: &'static str,
        message: String,
        status: Option<u16>,
        url: Option<HttpUrl>,
    },
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
/// `{kind, message, status, url}` for error (`null` where there is none), `{url, related, kind}` for navigate (`kind` is `"main"` or
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
            CardEvent::Error {
                kind,
                message,
                status,
                url,
            } => {
                let mut detail = serializer.serialize_struct("detail", 4)?;
                detail.serialize_field("kind", kind)?;
                detail.serialize_field("message", message)?;
                detail.serialize_field("status", status)?;
                detail.serialize_field("url", &url.as_ref().map(HttpUrl::as_str))?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn each_event_detail_has_its_documented_fields() {
        let url = HttpUrl::parse("https://news.example/a.json", None).unwrap();
        let cases = [
            (
                CardEvent::Error {
                    kind: "not-found",
                    message: "The article was not found (HTTP 404)".into(),
                    status: Some(404),
                    url: Some(url.clone()),
                },
                json!({"kind": "not-found", "message": "The article was not found (HTTP 404)", "status": 404, "url": "https://news.example/a.json"}),
            ),
            (
                CardEvent::Error {
                    kind: "not-an-article",
                    message: "m".into(),
                    status: None,
                    url: None,
                },
                json!({"kind": "not-an-article", "message": "m", "status": null, "url": null}),
            ),
            (
                CardEvent::Load {
                    title: "T".into(),
                    url: None,
                },
                json!({"title": "T", "url": null}),
            ),
            (
                CardEvent::Navigate { url, related: true },
                json!({"url": "https://news.example/a.json", "related": true, "kind": "related"}),
            ),
        ];
        for (event, detail) in cases {
            assert_eq!(
                serde_json::to_value(&event).unwrap(),
                detail,
                "{}",
                event.name()
            );
        }
    }
}
