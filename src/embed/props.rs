//! Reads a `<news-card>` element into the props of the [`NewsCard`] component.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::Callback;

use crate::embed::events::dispatcher;
use crate::model::config::Loading;
use crate::model::{CardEvent, Config};
use crate::platform::{clock, fetch};
use crate::view::news_card::NewsCardProps;
use crate::view::use_article::Source;

#[wasm_bindgen(module = "/src/embed/runtime/cards.js")]
extern "C" {
    /// `[article property, inline script text]`, each `undefined` when absent. Never throws.
    fn card_data(host: &Element) -> js_sys::Array;
    /// Whether the element has children of its own to show when the card cannot load.
    fn has_fallback(host: &Element) -> bool;
    /// How many times `reload()` was called on the element.
    fn reloads(host: &Element) -> u32;
}

#[wasm_bindgen(module = "/src/embed/runtime/observers.js")]
extern "C" {
    /// Whether `host` is on screen (the runtime's screen observer; `true` until it knows). A
    /// card that shows nothing yet is read again when this changes.
    fn on_screen(host: &Element) -> bool;
}

/// What a card keeps between readings of its element: inline article data already converted,
/// so re-reading attributes does not re-parse it, and its event dispatcher, so the props stay
/// equal when nothing changed.
#[derive(Default)]
pub struct DataCache {
    /// The `article` property value or inline script text last converted, and the result.
    last: Option<(JsValue, Source)>,
    /// The `reload()` count when `last` was converted: a reload converts the data again, so an
    /// object changed in place and reassigned shows its changes.
    reloads: u32,
    on_event: Option<Callback<CardEvent, bool>>,
}

/// The props for `host`: its options, where its article comes from, and whether it may fetch
/// yet (`visible`: it came near the viewport, for `loading="lazy"`).
pub fn read(host: &Element, visible: bool, cache: &mut DataCache) -> NewsCardProps {
    let mut config = Config::from_attributes(|name| host.get_attribute(name), locale(host));
    let reloads = reloads(host);
    if reloads != cache.reloads {
        cache.reloads = reloads;
        cache.last = None;
    }
    let source = source(host, cache);
    // Only a `src` waits for this; inline data renders regardless, wherever the card is (a
    // prerendered card taken over, too), so its thumbnails wait for the browser to find them
    // near the viewport.
    let active = visible || config.loading == Loading::Eager;
    config.lazy_thumbnails = !matches!(source, Source::Src(_));
    NewsCardProps {
        source,
        config: Rc::new(config),
        active,
        on_event: Some(
            cache
                .on_event
                .get_or_insert_with(|| dispatcher(host))
                .clone(),
        ),
        host: Some(host.clone()),
        now: Some(clock::now()),
        has_fallback: has_fallback(host),
        reloads,
        on_screen: on_screen(host),
    }
}

/// The `locale` attribute, else the nearest `lang` attribute, else the browser's language.
fn locale(host: &Element) -> Option<String> {
    let non_empty = |s: String| (!s.trim().is_empty()).then_some(s);
    host.get_attribute("locale")
        .and_then(non_empty)
        .or_else(|| {
            host.closest("[lang]")
                .ok()
                .flatten()
                .and_then(|e| e.get_attribute("lang"))
                .and_then(non_empty)
        })
        .or_else(browser_language)
}

/// `navigator.language`, read without trusting the page not to have replaced it.
fn browser_language() -> Option<String> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::get(&navigator, &JsValue::from_str("language"))
        .ok()?
        .as_string()
}

/// The article property wins over an inline script, which wins over `src`.
fn source(host: &Element, cache: &mut DataCache) -> Source {
    let data = card_data(host);
    let (property, script) = (data.get(0), data.get(1));
    let key = if !property.is_undefined() {
        property.clone()
    } else if !script.is_undefined() {
        script.clone()
    } else {
        return match host.get_attribute("src") {
            Some(src) if !src.trim().is_empty() => Source::Src(src.into()),
            _ => Source::Waiting,
        };
    };
    // The same object, or the same text, as last time: the same conversion.
    if let Some((seen, source)) = &cache.last {
        if js_sys::Object::is(seen, &key) {
            return source.clone();
        }
    }
    let converted = fetch::parse_inline(&script, &property, fetch::page_base().as_ref());
    let source = Source::Data(converted.map(Rc::new));
    cache.last = Some((key, source.clone()));
    source
}
