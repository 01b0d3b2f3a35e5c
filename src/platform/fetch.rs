//! Fetching an article: time and size limits, automatic retries of transient failures, and
//! conversion of every browser failure into a typed [`LoadError`].
//!
//! The request is made and its body read in `fetch.js`: the body streams through a byte
//! counter and is parsed by the browser, so at most [`MAX_BODY_BYTES`] of it is ever read and
//! none of it is copied into wasm memory; the wasm walks the parsed value.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_net::http::Headers;
use gloo_timers::callback::Timeout;
use gloo_timers::future::TimeoutFuture;
use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, Element};

use crate::model::config::ReferrerPolicy;
use crate::model::load::{MAX_BODY_BYTES, TIMEOUT_MS};
use crate::model::{convert, retry, HttpUrl, LoadError, Parsed};
use crate::platform::{clock, js_json, rendering};

#[wasm_bindgen(module = "/src/platform/fetch.js")]
extern "C" {
    fn fetch_json(
        request: &web_sys::Request,
        max_bytes: f64,
        shared: bool,
        referrer_policy: &str,
        host: Option<Element>,
    ) -> js_sys::Promise;
    fn plain_json(text: &JsValue, object: &JsValue, max_bytes: f64) -> JsValue;
}

/// One load in flight, across its retries. Dropping it, or calling [`InFlight::abort`],
/// cancels the request and any retry still to come.
pub struct InFlight {
    cancelled: Rc<Cell<bool>>,
    controller: Rc<RefCell<Option<AbortController>>>,
}

impl InFlight {
    /// Cancels the load; its result, if any still arrives, is an error nobody shows.
    pub fn abort(&self) {
        self.cancelled.set(true);
        if let Ok(controller) = self.controller.try_borrow() {
            if let Some(controller) = controller.as_ref() {
                controller.abort();
            }
        }
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.abort();
    }
}

/// Starts loading the article at `url`. Returns the handle that cancels it and the future that
/// yields the converted article. Transient failures are tried again after a back-off (see
/// [`retry`]); the future ends with the last failure when every try failed. A `shared` load's
/// first try joins another card's first try of the same URL if one is in flight (`fetch.js`):
/// a card's first load is shared, a reload or a Retry never is. The answer is converted for
/// `host`, which a crash while converting is blamed on (`rendering::mark`).
pub fn load(
    url: HttpUrl,
    shared: bool,
    referrer_policy: ReferrerPolicy,
    host: Option<Element>,
) -> (
    InFlight,
    impl std::future::Future<Output = Result<Parsed, LoadError>>,
) {
    let cancelled = Rc::new(Cell::new(false));
    let controller = Rc::new(RefCell::new(None));
    let handle = InFlight {
        cancelled: cancelled.clone(),
        controller: controller.clone(),
    };
    let future = async move {
        let mut attempt = 1;
        loop {
            let first = attempt == 1;
            let (error, retry_after) = match try_once(
                &url,
                &controller,
                shared && first,
                referrer_policy,
                host.as_ref(),
            )
            .await
            {
                Ok(parsed) => return Ok(parsed),
                Err(failure) => failure,
            };
            let wait = retry::delay_ms(&error, attempt, retry_after, js_sys::Math::random());
            match wait {
                Some(ms) if !cancelled.get() => TimeoutFuture::new(ms).await,
                _ => return Err(error),
            }
            if cancelled.get() {
                return Err(error);
            }
            attempt = attempt.saturating_add(1);
        }
    };
    (handle, future)
}

/// One try: the failure comes with the server's `Retry-After`, in milliseconds, if it sent one.
async fn try_once(
    url: &HttpUrl,
    slot: &RefCell<Option<AbortController>>,
    shared: bool,
    referrer_policy: ReferrerPolicy,
    host: Option<&Element>,
) -> Result<Parsed, (LoadError, Option<u32>)> {
    let controller = AbortController::new().map_err(|_| (LoadError::Network, None))?;
    let signal = controller.signal();
    if let Ok(mut slot) = slot.try_borrow_mut() {
        *slot = Some(controller.clone());
    }
    let timed_out = Rc::new(Cell::new(false));
    let timer = {
        let timed_out = timed_out.clone();
        Timeout::new(TIMEOUT_MS, move || {
            timed_out.set(true);
            controller.abort();
        })
    };
    // gloo-net's headers on a `web_sys::Request`, not its `RequestBuilder`: `build()` parses
    // the URL again through `web_sys::Url` and writes its query string with `format!`, for
    // query parameters this card never adds: 1.05 KB gzip of wasm (measured). `HttpUrl` is
    // already absolute and checked.
    let headers = Headers::new();
    // The article JSON first; a page or a feed (the format mapper's) as well.
    headers.set("Accept", "application/json, */*;q=0.5");
    let init = web_sys::RequestInit::new();
    init.set_signal(Some(&signal));
    init.set_headers(&headers.into_raw());
    let request = web_sys::Request::new_with_str_and_init(url.as_str(), &init)
        .map_err(|_| (LoadError::Network, None))?;
    // Never the page's own policy: a page with `unsafe-url` would send its full URL, query and
    // all, to the article's server. The loader's early fetch uses the same.
    let policy = referrer_policy.as_str();
    // The card's `format` and `item` attributes say how `fetch.js` reads a page, a feed or
    // JSON-LD (through the format mapper) into the article document.
    let answer = fetch_json(
        &request,
        MAX_BODY_BYTES as f64,
        shared,
        policy,
        host.cloned(),
    );
    let answer = JsFuture::from(answer).await;
    drop(timer);
    let answer = answer.map_err(|_| (LoadError::Network, None))?;
    let field = |name: &str| Reflect::get(&answer, &JsValue::from_str(name)).unwrap_or_default();
    let error = match field("error").as_string().as_deref() {
        None => None,
        Some("status") => {
            let status = field("status").as_f64().unwrap_or_default() as u16;
            // The browser reads an HTTP date (in any of the three forms HTTP allows).
            let http_date =
                |text: &str| Some(js_sys::Date::parse(text)).filter(|ms| ms.is_finite());
            let retry_after = field("retryAfter")
                .as_string()
                .and_then(|header| retry::retry_after_ms(&header, clock::now_ms(), http_date));
            return Err((LoadError::from_status(status), retry_after));
        }
        Some("too-large") => Some(LoadError::TooLarge),
        Some("blocked") => Some(LoadError::Blocked),
        Some("not-json") => Some(LoadError::NotJson),
        Some(_) if timed_out.get() => Some(LoadError::Timeout),
        Some(_) => Some(LoadError::Network),
    };
    if let Some(error) = error {
        return Err((error, None));
    }
    // Relative URLs in the article resolve against where it came from, after redirects.
    let base = field("url")
        .as_string()
        .and_then(|u| HttpUrl::parse(&u, None).ok())
        .unwrap_or_else(|| url.clone());
    if let Some(host) = host {
        rendering::mark(host);
    }
    parse_js(field("value"), Some(&base)).map_err(|e| (e, None))
}

/// Reads inline article data: an inline script's `text`, or else the `article` property's
/// `object`, each within [`MAX_BODY_BYTES`]. Nothing the page put in the object (getters that
/// throw, proxies, cycles) can throw into the wasm.
pub fn parse_inline(
    text: &JsValue,
    object: &JsValue,
    base: Option<&HttpUrl>,
) -> Result<Parsed, LoadError> {
    let plain = plain_json(text, object, MAX_BODY_BYTES as f64);
    match plain.as_string().as_deref() {
        None => parse_js(
            Reflect::get(&plain, &JsValue::from_str("value")).unwrap_or_default(),
            base,
        ),
        Some("too-large") => Err(LoadError::TooLarge),
        Some("not-json") => Err(LoadError::NotJson),
        Some(_) => Err(LoadError::NotAnArticle(
            crate::model::ArticleError::Unreadable,
        )),
    }
}

/// Converts a plain, already-parsed JSON value into an article.
fn parse_js(js: JsValue, base: Option<&HttpUrl>) -> Result<Parsed, LoadError> {
    let value = js_json::read(&js).map_err(LoadError::from_read)?;
    convert::article(&value, base).map_err(LoadError::NotAnArticle)
}

/// The page's base URL, when the page is served over http(s).
pub fn page_base() -> Option<HttpUrl> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|base| HttpUrl::parse(&base, None).ok())
}

/// Resolves a card's `src` against the page it is on.
pub fn resolve_src(src: &str) -> Result<HttpUrl, LoadError> {
    HttpUrl::parse(src, page_base().as_ref()).map_err(|_| LoadError::BadSource)
}
