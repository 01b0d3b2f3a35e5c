//! Finds `<news-card>` elements and renders a card into each one's shadow root.

use wasm_bindgen::JsCast;
use web_sys::{Element, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

use crate::platform::style;
use crate::view::news_card::{NewsCard, NewsCardProps};

/// Mounts every `<news-card>` on the page that has no card yet.
pub fn mount_all() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(hosts) = document.query_selector_all("news-card") else {
        return;
    };
    for i in 0..hosts.length() {
        if let Some(host) = hosts.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            // Handles are kept by Yew's scheduler; dropping ours leaves the card mounted.
            let _ = mount(&host);
        }
    }
}

/// Renders a card into `host`'s open shadow root. `None` when `host` already has a shadow
/// root (it is mounted, or belongs to something else) or the browser refuses one.
pub fn mount(host: &Element) -> Option<AppHandle<NewsCard>> {
    if host.shadow_root().is_some() {
        return None;
    }
    let root = host
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .ok()?;
    style::adopt(&root);
    let container = host.owner_document()?.create_element("div").ok()?;
    container.set_class_name("news-card-root");
    root.append_child(&container).ok()?;
    let props = NewsCardProps {
        src: host.get_attribute("src").unwrap_or_default().into(),
    };
    Some(yew::Renderer::<NewsCard>::with_root_and_props(container, props).render())
}
