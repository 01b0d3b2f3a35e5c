//! Reads a `<news-card>` element into the props of the [`NewsCard`] component.

use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;
use yew::Callback;

use crate::model::config::Loading;
use crate::model::{CardEvent, Config, LoadError, Parsed};
use crate::platform::fetch;
use crate::view::news_card::NewsCardProps;
use crate::view::use_article::Source;

/// Inline article data already converted, so re-reading attributes does not re-parse it.
#[derive(Default)]
pub struct DataCache {
    /// The `article` property value last converted, and the result.
    property: Option<(JsValue, Source)>,
    /// The inline `<script type="application/json">` text last converted, and the result.
    script: Option<(String, Source)>,
}

/// The props for `host`: its options, where its article comes from, and whether it may fetch
/// yet (`visible`: it came near the viewport, for `loading="lazy"`).
pub fn read(
    host: &Element,
    visible: bool,
    cache: &mut DataCache,
    on_event: &Callback<CardEvent, bool>,
) -> NewsCardProps {
    let config = Config::from_attributes(|name| host.get_attribute(name), locale(host));
    let source = source(host, cache);
    // Only a `src` waits for this; inline data renders regardless.
    let active = visible || config.loading == Loading::Eager;
    NewsCardProps {
        source,
        config: Rc::new(config),
        active,
        on_event: Some(on_event.clone()),
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
        .or_else(|| web_sys::window().and_then(|w| w.navigator().language()))
}

/// The article property wins over an inline script, which wins over `src`.
fn source(host: &Element, cache: &mut DataCache) -> Source {
    let property =
        js_sys::Reflect::get(host, &JsValue::from_str("article")).unwrap_or(JsValue::UNDEFINED);
    if !property.is_undefined() && !property.is_null() {
        return cached(&mut cache.property, property, js_sys::Object::is, |js| {
            fetch::parse_js(js.clone(), fetch::page_base().as_ref())
        });
    }
    if let Some(text) = inline_json(host) {
        return cached(
            &mut cache.script,
            text,
            |a, b| a == b,
            |text| fetch::parse_json(text, fetch::page_base().as_ref()),
        );
    }
    match host.get_attribute("src") {
        Some(src) if !src.trim().is_empty() => Source::Src(src.into()),
        _ => Source::Waiting,
    }
}

/// The conversion of `key` from `slot` when `same` says it is the key seen last; otherwise a
/// fresh conversion, remembered in `slot`.
fn cached<K>(
    slot: &mut Option<(K, Source)>,
    key: K,
    same: impl Fn(&K, &K) -> bool,
    convert: impl Fn(&K) -> Result<Parsed, LoadError>,
) -> Source {
    if let Some((seen, source)) = slot {
        if same(seen, &key) {
            return source.clone();
        }
    }
    let source = Source::Data(convert(&key).map(Rc::new));
    *slot = Some((key, source.clone()));
    source
}

/// The text of the element's own `<script type="application/json">` child, if any.
fn inline_json(host: &Element) -> Option<String> {
    let children = host.children();
    (0..children.length())
        .filter_map(|i| children.item(i))
        .find(|child| {
            child.tag_name().eq_ignore_ascii_case("script")
                && child
                    .get_attribute("type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json"))
        })
        .and_then(|script| script.dyn_into::<web_sys::Node>().ok())
        .and_then(|node| node.text_content())
}
