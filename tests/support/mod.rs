//! Helpers for the browser tests: mounting a card the way the page does, reading what a
//! person sees, and a scripted `fetch` so network outcomes are deterministic.

#![allow(dead_code)]

use std::cell::Cell;
use std::panic::PanicHookInfo;
use std::path::Path;
use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use gloo_timers::future::sleep;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ShadowRoot};
use yew::AppHandle;

use news_card::model::{Config, HttpUrl, Parsed};
use news_card::platform::fetch;
use news_card::view::card::{Card, CardProps};

pub const SEED: &str = include_str!("../../static/articles/seed.json");
pub const NO_IMAGE: &str = include_str!(
    "../../static/articles/2019-12-18-ai-skills-among-the-most-in-demand-for-2020.json"
);

/// The moment the tests' relative dates are measured from, whatever the machine's clock
/// says: [`prepare_page`] stops the page's clock here, and [`mount_card`] passes it as `now`.
/// The seed was published on 5 June 2021, so its relative date reads "5 years ago".
pub fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-26T12:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

#[wasm_bindgen(module = "/tests/support/environment.js")]
extern "C" {
    /// Makes `Date.now()` return `millis` from now on (timers keep running).
    fn stop_clock(millis: f64);
    /// Makes `navigator.language` say `language`.
    fn set_browser_language(language: &str);
    /// Removes every element [`insert`] put in the page.
    fn remove_test_nodes();
}

thread_local! {
    static PREPARED: Cell<bool> = const { Cell::new(false) };
}

/// How many panics raised by test code the hook of [`prepare_page`] kept from the widget.
static TEST_PANICS: AtomicU32 = AtomicU32::new(0);

pub fn test_panics() -> u32 {
    TEST_PANICS.load(Ordering::SeqCst)
}

/// Defines `<news-card>` for a test, after making the page deterministic once:
/// - the page's clock stands still at [`now`], so relative dates never depend on the day the
///   tests run, and the browser's language is en-US whatever the machine's locale;
/// - a panic raised by test code (a failed assertion, a `wait_for` that timed out) goes to the
///   test runner only, after the real `fetch` is back and the test's elements are gone. The
///   widget's own panic hook would take it for a crash of the widget and stop every card for
///   the tests after it; a panic in the widget's code (`src/`, or a dependency) still goes
///   there.
///
/// Tests call this, never `news_card::embed::define` directly: the hook must be installed
/// around the widget's, which the first `define` installs.
pub fn prepare_page() {
    if !PREPARED.with(|prepared| prepared.replace(true)) {
        stop_clock(now().timestamp_millis() as f64);
        set_browser_language("en-US");
        keep_test_panics_out_of_the_widget();
    }
    news_card::embed::define();
}

/// Installs a panic hook in front of the widget's (which `embed::define` installs, and which
/// chains to the test runner's): panics located in this test crate skip the widget's.
fn keep_test_panics_out_of_the_widget() {
    type Hook = dyn Fn(&PanicHookInfo<'_>) + Send + Sync;
    let runner: Arc<Hook> = Arc::from(std::panic::take_hook());
    let chained = Arc::clone(&runner);
    std::panic::set_hook(Box::new(move |info| chained(info)));
    news_card::embed::define();
    let widget = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if info.location().is_some_and(|at| is_test_file(at.file())) {
            TEST_PANICS.fetch_add(1, Ordering::SeqCst);
            fake_fetch_restore();
            remove_test_nodes();
            runner(info)
        } else {
            widget(info)
        }
    }));
}

/// Whether `file`, as a panic location names it, is in this test crate (`tests/`) rather than
/// the widget. Both paths are as the compiler wrote them, so the build's path remapping
/// applies to both.
pub fn is_test_file(file: &str) -> bool {
    let tests_dir = Path::new(file!()).parent().and_then(Path::parent);
    tests_dir.is_some_and(|dir| dir.ends_with("tests") && Path::new(file).starts_with(dir))
}

/// The URL fixtures pretend to come from: this test page's own origin.
pub fn page_base() -> HttpUrl {
    let href = web_sys::window().unwrap().location().href().unwrap();
    HttpUrl::parse(&href, None).expect("the test page is served over http")
}

/// Parses JSON text with the browser's parser, as inline data is, into an article.
pub fn parse_at(json: &str, base: &HttpUrl) -> Parsed {
    let text = wasm_bindgen::JsValue::from_str(json);
    fetch::parse_inline(&text, &wasm_bindgen::JsValue::UNDEFINED, Some(base))
        .expect("fixture is an article")
}

pub fn parse(json: &str) -> Parsed {
    parse_at(json, &page_base())
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A `<news-card>` element in the page, upgraded by the real custom element definition.
/// Removed from the page (which unmounts it) when dropped.
pub struct Mounted {
    pub host: Element,
}

impl Mounted {
    /// A card for `src` that fetches at once (`loading="eager"`).
    pub fn new(src: &str) -> Mounted {
        Mounted::with_attributes(&[("src", src), ("loading", "eager")])
    }

    /// A card with these attributes, inserted after they are set (as HTML parsing does).
    pub fn with_attributes(attributes: &[(&str, &str)]) -> Mounted {
        prepare_page();
        let host = document().create_element("news-card").unwrap();
        host.set_attribute("class", "test-host").unwrap();
        for (name, value) in attributes {
            host.set_attribute(name, value).unwrap();
        }
        insert(&host);
        Mounted { host }
    }

    /// A card whose article is inline: a `<script type="application/json">` child holding
    /// `json`, as a page (or `news-card render`) writes it.
    pub fn with_inline(json: &str) -> Mounted {
        prepare_page();
        let host = document().create_element("news-card").unwrap();
        host.set_attribute("class", "test-host").unwrap();
        let script = document().create_element("script").unwrap();
        script.set_attribute("type", "application/json").unwrap();
        script.set_text_content(Some(json));
        host.append_child(&script).unwrap();
        insert(&host);
        Mounted { host }
    }

    pub fn root(&self) -> ShadowRoot {
        self.host
            .shadow_root()
            .expect("connected cards have an open shadow root")
    }

    pub fn set(&self, name: &str, value: &str) {
        self.host.set_attribute(name, value).unwrap();
    }

    pub fn set_src(&self, src: &str) {
        self.set("src", src);
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.host.remove();
    }
}

/// Puts `host` first in the body (in view, so lazy images load), with a 400px width, marked
/// as the tests' own (a failed test's are removed).
pub fn insert(host: &Element) {
    ensure_page_style();
    host.set_attribute("data-test-node", "").unwrap();
    document()
        .body()
        .unwrap()
        .prepend_with_node_1(host)
        .unwrap();
}

/// A plain `<div>` host 400px wide, first in the body, for mounting components directly.
pub fn new_host() -> Element {
    let host = document().create_element("div").unwrap();
    host.set_attribute("class", "test-host").unwrap();
    insert(&host);
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
    mount_card_with(parsed, Rc::default())
}

/// [`mount_card`] with options.
pub fn mount_card_with(parsed: Parsed, config: Rc<Config>) -> (MountedCard, ShadowRoot) {
    prepare_page();
    let host = new_host();
    let root = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .unwrap();
    news_card::embed::style::adopt(&root);
    let container = document().create_element("div").unwrap();
    container.set_class_name("news-card-root");
    root.append_child(&container).unwrap();
    let props = CardProps {
        parsed: Rc::new(parsed),
        now: now(),
        config,
        on_event: None,
        host: None,
        drawn: None,
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

/// Lets `ms` milliseconds pass, to show that something does not happen later.
pub async fn sleep_ms(ms: u64) {
    sleep(Duration::from_millis(ms)).await;
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
    /// Whether `fetch` is the scripted one.
    pub fn fake_fetch_is_installed() -> bool;
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
    /// The next request to `url` answers a plain object instead of a Response.
    pub fn fake_fetch_bogus(url: &str);
    /// Whether the card started reading the body of the last answer for `url`.
    pub fn fake_fetch_body_read(url: &str) -> bool;
    /// How many requests went to `url`.
    pub fn fake_fetch_calls(url: &str) -> u32;
    /// Whether a request to `url` was aborted by the card.
    pub fn fake_fetch_aborted(url: &str) -> bool;
}

#[wasm_bindgen(module = "/tests/support/page.js")]
extern "C" {
    /// Starts recording the `news-card:*` events that reach `document`.
    pub fn record_events();
    /// The recorded events as "type kind|title|url" lines, oldest first.
    pub fn recorded_events() -> Vec<String>;
    /// From now on, `preventDefault()` every `news-card:navigate` event.
    pub fn cancel_navigation();
    /// Clicks `element` and says whether the click's default action (following the link)
    /// was cancelled.
    pub fn click_was_cancelled(element: &Element) -> bool;
    /// Sets `element.article` to the JSON `text`, parsed.
    pub fn set_article_json(element: &Element, text: &str);
    /// Scrolls the window to `y` pixels.
    pub fn scroll_window_to(y: f64);
    /// Presses `key` ("ArrowRight", "Home", …) on `element`, as a keyboard user would.
    pub fn press(element: &Element, key: &str);
    /// Calls `f` and says whether it threw: a panic inside it is a trap that JS catches.
    pub fn throws(f: &js_sys::Function) -> bool;
    /// What `element` holds, as canonical markup lines (elements with sorted attributes, text
    /// with white space collapsed; dates' tooltips left out, being in the reader's time zone).
    pub fn live_markup(element: &Element) -> String;
    /// A snapshot file of tests/markup/ as `[heading, canonical markup, heading, …]`.
    pub fn snapshot_markup(html: &str) -> Vec<String>;
}
