//! The parts of a card that do not change while it shows (hero, headline, excerpt, provider,
//! topics, related stories), built as DOM nodes directly and handed to Yew as `VRef`s.
//!
//! Yew keeps a bundle for every element it draws (tag, attribute map, listeners, children):
//! about 400 bytes of wasm memory per node, most of a loaded card's memory. These parts are
//! built once per article and options instead, and Yew holds one reference per part. What
//! does change (the "5 minutes ago" of each date) is updated in place by [`Clocks`].
//!
//! The same rules as everywhere: text goes in as text nodes, never as markup; attribute values
//! are set one by one; URLs are checked [`crate::model::HttpUrl`]s. Nothing here can panic: a
//! DOM call that throws is ignored, and without a document every part is empty.

use std::cell::Cell;

use chrono::{DateTime, Utc};
use web_sys::{Document, Element};
use yew::Html;

use crate::model::date::Timestamp;
use crate::model::text::decimal;
use crate::platform::{intl, rendering};

thread_local! {
    static DOCUMENT: Option<Document> = web_sys::window().and_then(|w| w.document());
}

/// An element being built; empty when there is no document.
pub struct El(Option<Element>);

/// A new `<tag>`.
pub fn el(tag: &str) -> El {
    El(DOCUMENT
        .try_with(|d| d.as_ref().and_then(|d| d.create_element(tag).ok()))
        .ok()
        .flatten())
}

/// An `<img>` that marks itself `data-failed` when it fails, so the stylesheet hides it and
/// the tint behind it shows, never the browser's broken-image icon.
pub fn img(src: &str, width: Option<u32>, height: Option<u32>, loading: &str) -> El {
    let image = el("img")
        .attr("src", src)
        .attr_opt("width", width.map(|w| decimal(u64::from(w))).as_deref())
        .attr_opt("height", height.map(|h| decimal(u64::from(h))).as_deref())
        .attr("loading", loading)
        .attr("decoding", "async")
        .attr("referrerpolicy", "no-referrer");
    if let Some(node) = &image.0 {
        rendering::watch_image(node);
    }
    image
}

impl El {
    /// Sets attribute `name`.
    pub fn attr(self, name: &str, value: &str) -> El {
        if let Some(node) = &self.0 {
            let _ = node.set_attribute(name, value);
        }
        self
    }

    /// Sets attribute `name` when there is a value.
    pub fn attr_opt(self, name: &str, value: Option<&str>) -> El {
        match value {
            Some(value) => self.attr(name, value),
            None => self,
        }
    }

    /// Appends `text` as a text node.
    pub fn text(self, text: &str) -> El {
        if let Some(node) = &self.0 {
            let _ = node.append_with_str_1(text);
        }
        self
    }

    /// Appends `child`.
    pub fn child(self, child: El) -> El {
        if let (Some(node), Some(child)) = (&self.0, &child.0) {
            let _ = node.append_with_node_1(child);
        }
        self
    }

    /// Appends `child` when there is one.
    pub fn child_opt(self, child: Option<El>) -> El {
        match child {
            Some(child) => self.child(child),
            None => self,
        }
    }

    /// The element, for [`Clocks`].
    pub fn node(&self) -> Option<Element> {
        self.0.clone()
    }

    /// The element for Yew to place (an empty fragment without a document).
    pub fn html(self) -> Html {
        self.0
            .map(|node| Html::VRef(node.into()))
            .unwrap_or_default()
    }
}

/// One `<time>` whose relative part moves on: its "5 minutes ago" text (in the byline), or its
/// tooltip, which says it after the exact moment (a slide's short date).
struct Clock {
    node: Element,
    at: Timestamp,
    short: bool,
}

/// The relative dates of a built part, to move on in place when the card's "now" does.
#[derive(Default)]
pub struct Clocks(Vec<Clock>);

impl Clocks {
    /// Keeps `node` (a date's relative text, or a short date's `<time>`) up to date.
    pub fn add(&mut self, node: Option<Element>, at: &Timestamp, short: bool) {
        if let Some(node) = node {
            self.0.push(Clock {
                node,
                at: *at,
                short,
            });
        }
    }

    /// Says every relative part as of `now`.
    fn set(&self, now: DateTime<Utc>, locale: Option<&str>) {
        for clock in &self.0 {
            let relative = intl::relative(&clock.at, now, locale);
            if clock.short {
                let tooltip = match intl::instant(&clock.at, locale) {
                    Some(exact) => [exact, relative].join(" · "),
                    None => relative,
                };
                let _ = clock.node.set_attribute("title", &tooltip);
            } else {
                clock.node.set_text_content(Some(&relative));
            }
        }
    }
}

/// Built parts (`T`: one `Html` or several) and their dates: what a component keeps between
/// renders.
pub struct Built<T> {
    pub parts: T,
    clocks: Clocks,
    said: Cell<Option<DateTime<Utc>>>,
}

impl<T> Built<T> {
    pub fn new(parts: T, clocks: Clocks) -> Built<T> {
        Built {
            parts,
            clocks,
            said: Cell::new(None),
        }
    }

    /// Says the dates as of `now`, unless they already do.
    pub fn say(&self, now: DateTime<Utc>, locale: Option<&str>) {
        if self.said.replace(Some(now)) != Some(now) {
            self.clocks.set(now, locale);
        }
    }
}
