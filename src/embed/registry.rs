//! The cards on the page: one Yew app per connected `<news-card>`, created when the element is
//! connected, updated when its attributes or `article` change, destroyed when it is removed.

use std::cell::RefCell;

use web_sys::{Element, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, Callback};

use crate::embed::events::dispatcher;
use crate::embed::props::{read, DataCache};
use crate::embed::style;
use crate::model::CardEvent;
use crate::view::news_card::NewsCard;

struct Card {
    host: Element,
    app: AppHandle<NewsCard>,
    cache: DataCache,
    on_event: Callback<CardEvent, bool>,
}

thread_local! {
    static CARDS: RefCell<Vec<Card>> = const { RefCell::new(Vec::new()) };
}

/// Takes `host`'s card out of the registry. Cards are taken out while Yew works on them, since
/// rendering can dispatch events whose listeners add or remove other cards.
fn take(host: &Element) -> Option<Card> {
    CARDS.with(|cards| {
        let mut cards = cards.borrow_mut();
        let i = cards.iter().position(|c| c.host == *host)?;
        Some(cards.swap_remove(i))
    })
}

fn put(card: Card) {
    CARDS.with(|cards| cards.borrow_mut().push(card));
}

/// The element's open shadow root, made fresh: created the first time, emptied when the element
/// comes back after a removal.
fn fresh_root(host: &Element) -> Option<ShadowRoot> {
    let root = match host.shadow_root() {
        Some(root) => root,
        None => host
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .ok()?,
    };
    root.set_inner_html("");
    style::adopt(&root);
    Some(root)
}

pub fn connected(host: Element, visible: bool) {
    let mounted = CARDS.with(|cards| cards.borrow().iter().any(|c| c.host == host));
    if mounted {
        return;
    }
    let Some(root) = fresh_root(&host) else {
        return;
    };
    let Some(container) = host
        .owner_document()
        .and_then(|d| d.create_element("div").ok())
    else {
        return;
    };
    container.set_class_name("news-card-root");
    if root.append_child(&container).is_err() {
        return;
    }
    let on_event = dispatcher(&host);
    let mut cache = DataCache::default();
    let props = read(&host, visible, &mut cache, &on_event);
    let app = yew::Renderer::<NewsCard>::with_root_and_props(container, props).render();
    keep(Card {
        host,
        app,
        cache,
        on_event,
    });
}

/// Puts a card back after Yew worked on it, unless a listener removed its element meanwhile.
fn keep(card: Card) {
    if card.host.is_connected() {
        put(card);
    } else {
        card.app.destroy();
    }
}

pub fn disconnected(host: Element) {
    // Destroying the app runs its effects' cleanups, which abort an article fetch in flight.
    if let Some(card) = take(&host) {
        card.app.destroy();
    }
}

pub fn changed(host: Element, visible: bool) {
    let Some(mut card) = take(&host) else {
        return;
    };
    let props = read(&card.host, visible, &mut card.cache, &card.on_event);
    card.app.update(props);
    keep(card);
}
