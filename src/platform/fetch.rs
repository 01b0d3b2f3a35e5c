//! Fetching an article: HTTP status, time and size limits, and conversion of every browser
//! failure into a typed [`LoadError`].

use std::cell::Cell;
use std::rc::Rc;

use gloo_net::http::Request;
use gloo_timers::callback::Timeout;
use web_sys::AbortController;

use crate::model::article::ArticleError;
use crate::model::load::{MAX_BODY_BYTES, TIMEOUT_MS};
use crate::model::{convert, HttpUrl, LoadError, Parsed, Value};

/// One request in flight. Dropping it, or calling [`InFlight::abort`], cancels the request.
pub struct InFlight {
    controller: Option<AbortController>,
}

impl InFlight {
    /// Cancels the request; its result, if any still arrives, is an error nobody shows.
    pub fn abort(&self) {
        if let Some(controller) = &self.controller {
            controller.abort();
        }
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.abort();
    }
}

/// Starts loading the article at `url`. Returns the handle that cancels it and the future
/// that yields the converted article.
pub fn load(
    url: HttpUrl,
) -> (
    InFlight,
    impl std::future::Future<Output = Result<Parsed, LoadError>>,
) {
    let controller = AbortController::new().ok();
    let signal = controller.as_ref().map(AbortController::signal);
    let timed_out = Rc::new(Cell::new(false));
    let timer = controller.clone().map(|controller| {
        let timed_out = timed_out.clone();
        Timeout::new(TIMEOUT_MS, move || {
            timed_out.set(true);
            controller.abort();
        })
    });
    let future = async move {
        let result = fetch(&url, signal.as_ref()).await;
        drop(timer);
        match result {
            Err(LoadError::Network) if timed_out.get() => Err(LoadError::Timeout),
            other => other,
        }
    };
    (InFlight { controller }, future)
}

async fn fetch(url: &HttpUrl, signal: Option<&web_sys::AbortSignal>) -> Result<Parsed, LoadError> {
    let response = Request::get(url.as_str())
        .abort_signal(signal)
        .header("Accept", "application/json")
        .send()
        .await
        .map_err(|_| LoadError::Network)?;
    if !response.ok() {
        return Err(LoadError::from_status(response.status()));
    }
    let declared = response
        .headers()
        .get("content-length")
        .and_then(|v| v.trim().parse::<usize>().ok());
    if declared.is_some_and(|n| n > MAX_BODY_BYTES) {
        return Err(LoadError::TooLarge);
    }
    let text = response.text().await.map_err(|_| LoadError::Network)?;
    if text.len() > MAX_BODY_BYTES {
        return Err(LoadError::TooLarge);
    }
    // Relative URLs in the article resolve against where it came from, after redirects.
    let base = HttpUrl::parse(&response.url(), None).unwrap_or_else(|_| url.clone());
    parse_json(&text, Some(&base))
}

/// Parses JSON text with the browser's parser and converts it into an article. `base` is where
/// it came from; inline data on a page that is not http(s) has none.
pub fn parse_json(text: &str, base: Option<&HttpUrl>) -> Result<Parsed, LoadError> {
    let js = js_sys::JSON::parse(text).map_err(|_| LoadError::NotJson)?;
    parse_js(js, base)
}

/// Converts an already-parsed JS value (a JSON object) into an article.
pub fn parse_js(js: wasm_bindgen::JsValue, base: Option<&HttpUrl>) -> Result<Parsed, LoadError> {
    let value = Value::from_deserializer(serde_wasm_bindgen::Deserializer::from(js))
        .map_err(|_| LoadError::NotAnArticle(ArticleError::Unreadable))?;
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
