//! Helpers for the browser tests: mounting a card the way the page does, reading what a
//! person sees, and a scripted `fetch` so network outcomes are deterministic.

#![allow(dead_code)]

use std::rc::Rc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use gloo_timers::future::sleep;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ShadowRoot};
use yew::AppHandle;

use news_card::model::{HttpUrl, Parsed};
use news_card::platform::{fetch, mount};
use news_card::view::card::{Card, CardProps};
use news_card::view::news_card::{NewsCard, NewsCardProps};

pub const SEED: &str = include_str!("../../static/articles/seed.json");
pub const NO_IMAGE: &str = include_str!(
    "../../static/articles/2019-12-18-ai-skills-among-the-most-in-demand-for-2020.json"
);

/// The moment the tests' relative dates are measured from.
pub fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-26T12:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

/// The URL fixtures pretend to come from: this test page's own origin.
pub fn page_base() -> HttpUrl {
    let href = web_sys::window().unwrap().location().href().unwrap();
    HttpUrl::parse(&href, None).expect("the test page is served over http")
}

pub fn parse(json: &str) -> Parsed {
    fetch::parse_json(json, &page_base()).expect("fixture is an article")
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A `<news-card>` host of a phone-like width, in the page, mounted the way the page mounts.
pub struct Mounted {
    pub host: Element,
    pub handle: Option<AppHandle<NewsCard>>,
}

impl Mounted {
    pub fn new(src: &str) -> Mounted {
        let host = new_host();
        host.set_attribute("src", src).unwrap();
        let handle = mount::mount(&host).expect("a fresh host mounts");
        Mounted {
            host,
            handle: Some(handle),
        }
    }

    pub fn root(&self) -> ShadowRoot {
        self.host
            .shadow_root()
            .expect("mounted cards have an open shadow root")
    }

    pub fn set_src(&mut self, src: &str) {
        if let Some(handle) = self.handle.as_mut() {
            handle.update(NewsCardProps {
                src: src.to_owned().into(),
            });
        }
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        self.host.remove();
    }
}

/// An empty `<news-card>` element 400px wide, first in the body (in view, so lazy images load).
pub fn new_host() -> Element {
    let host = document().create_element("news-card").unwrap();
    host.set_attribute("class", "test-host").unwrap();
    document()
        .body()
        .unwrap()
        .prepend_with_node_1(&host)
        .unwrap();
    ensure_page_style();
    host
}

fn ensure_page_style() {
    if document().get_element_by_id("test-page-style").is_none() {
        let style = document().create_element("style").unwrap();
        style.set_id("test-page-style");
        style.set_text_content(Some(".test-host { width: 400px; }"));
        document().head().unwrap().append_child(&style).unwrap();
    }
}

/// A `<Card>` mounted by [`mount_card`]; unmounted and removed from the page when dropped.
pub struct MountedCard {
    pub host: Element,
    pub handle: Option<AppHandle<Card>>,
}

impl Drop for MountedCard {
    fn drop(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        self.host.remove();
    }
}

/// Mounts a `<Card>` for `parsed` into a shadow root with the card's stylesheet.
pub fn mount_card(parsed: Parsed) -> (MountedCard, ShadowRoot) {
    let host = new_host();
    let root = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .unwrap();
    news_card::platform::style::adopt(&root);
    let container = document().create_element("div").unwrap();
    container.set_class_name("news-card-root");
    root.append_child(&container).unwrap();
    let props = CardProps {
        parsed: Rc::new(parsed),
        now: now(),
    };
    let handle = yew::Renderer::<Card>::with_root_and_props(container, props).render();
    (
        MountedCard {
            host,
            handle: Some(handle),
        },
        root,
    )
}

/// Waits until `condition` holds, flushing Yew's scheduler between looks; panics after 5 s
/// with `what`. This waits for a state, it does not guess a duration.
pub async fn wait_for(what: &str, condition: impl FnMut() -> bool) {
    wait_for_up_to(what, 5, condition).await;
}

/// [`wait_for`] with a longer deadline, for states that take a known long time (the 10 s
/// fetch timeout).
pub async fn wait_for_up_to(what: &str, seconds: u32, mut condition: impl FnMut() -> bool) {
    for _ in 0..seconds * 100 {
        yew::scheduler::flush().await;
        if condition() {
            return;
        }
        sleep(Duration::from_millis(10)).await;
    }
    panic!("timed out waiting for: {what}");
}

/// Runs `f` after a flush; handy for one-off reads.
pub async fn flushed<T>(f: impl FnOnce() -> T) -> T {
    yew::scheduler::flush().await;
    f()
}

pub fn find(root: &ShadowRoot, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

pub fn get(root: &ShadowRoot, selector: &str) -> Element {
    find(root, selector).unwrap_or_else(|| panic!("no element matches {selector}"))
}

pub fn all(root: &ShadowRoot, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

/// The text a person reads in an element (rendered text, white space collapsed).
pub fn text(el: &Element) -> String {
    let raw = el
        .dyn_ref::<HtmlElement>()
        .map(HtmlElement::inner_text)
        .unwrap_or_else(|| el.text_content().unwrap_or_default());
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn attr(el: &Element, name: &str) -> Option<String> {
    el.get_attribute(name)
}

pub fn click(el: &Element) {
    el.dyn_ref::<HtmlElement>()
        .expect("clickable element")
        .click();
}

#[wasm_bindgen(module = "/tests/support/fake_fetch.js")]
extern "C" {
    /// Replaces `fetch` with a scripted one; every URL must be routed.
    pub fn fake_fetch_install();
    /// Puts the real `fetch` back.
    pub fn fake_fetch_restore();
    /// The next request to `url` answers `status` with `body`.
    pub fn fake_fetch_respond(url: &str, status: u16, body: &str);
    /// The next request to `url` fails as a network error.
    pub fn fake_fetch_fail(url: &str);
    /// The next request to `url` never answers; aborting it rejects, as a real fetch does.
    pub fn fake_fetch_hang(url: &str);
    /// The next request to `url` waits for `fake_fetch_release`, and ignores abort (like a
    /// response already on the wire).
    pub fn fake_fetch_hold(url: &str, status: u16, body: &str);
    pub fn fake_fetch_release(url: &str);
    /// How many requests went to `url`.
    pub fn fake_fetch_calls(url: &str) -> u32;
    /// Whether a request to `url` was aborted by the card.
    pub fn fake_fetch_aborted(url: &str) -> bool;
}
