//! The cards on the page: one Yew app per connected `<news-card>`, created when the element is
//! connected, updated when its attributes or `article` change, destroyed when it is removed.
//!
//! Yew renders in a microtask, never inside these calls, so a borrow of the registry is never
//! held while page code runs (event listeners run during rendering). Reading an element's
//! props is done with no borrow held either, and a card stays in the registry on every path:
//! nothing here can leave a card orphaned.
//!
//! Apps are reused: a removed card's app is emptied (no source, so its fetch is aborted) and
//! kept, with its container, for the next card that connects. Yew never frees the event
//! listeners it attaches to an app's root (`subtree_root.rs` forgets them), so an app per
//! mount leaked about 1.2 KB of wasm memory and 1 KB of JS heap per cycle; a pool of reused
//! apps keeps 1,000 mount/unmount cycles flat.

use std::cell::RefCell;

use web_sys::{Element, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

use crate::embed::props::{read, DataCache};
use crate::embed::style;
use crate::view::news_card::{NewsCard, NewsCardProps};

struct Card {
    host: Element,
    app: AppHandle<NewsCard>,
    container: Element,
    cache: DataCache,
}

/// An emptied app and its container, waiting for the next card.
struct Idle {
    app: AppHandle<NewsCard>,
    container: Element,
}

/// Most emptied apps kept; more are destroyed (and leak Yew's listeners, once each).
const POOL_MAX: usize = 64;

thread_local! {
    static CARDS: RefCell<Vec<Card>> = const { RefCell::new(Vec::new()) };
    static POOL: RefCell<Vec<Idle>> = const { RefCell::new(Vec::new()) };
}

/// An emptied app from the pool, if there is one.
fn pooled() -> Option<Idle> {
    POOL.try_with(|pool| pool.try_borrow_mut().ok().and_then(|mut pool| pool.pop()))
        .ok()
        .flatten()
}

/// Runs `f` on the registry. The borrow cannot fail (no borrow is held across page code), but
/// if it ever did, the call is skipped rather than panicking.
fn with_cards<T>(f: impl FnOnce(&mut Vec<Card>) -> T) -> Option<T> {
    CARDS
        .try_with(|cards| cards.try_borrow_mut().ok().map(|mut cards| f(&mut cards)))
        .ok()
        .flatten()
}

/// The element's open shadow root, made fresh: created the first time, emptied when the element
/// comes back after a removal or a restart of the widget. `replaceChildren()` takes no string,
/// so it works under Trusted Types.
fn fresh_root(host: &Element) -> Option<ShadowRoot> {
    let root = match host.shadow_root() {
        Some(root) => root,
        None => host
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .ok()?,
    };
    root.replace_children_with_node_0();
    style::adopt(&root);
    Some(root)
}

pub fn connected(host: Element, visible: bool) {
    if with_cards(|cards| cards.iter().any(|c| c.host == host)) != Some(false) {
        return;
    }
    let Some(root) = fresh_root(&host) else {
        return;
    };
    let mut cache = DataCache::default();
    let props = read(&host, visible, &mut cache);
    let (app, container) = match pooled() {
        Some(Idle { mut app, container }) => {
            if root.append_child(&container).is_err() {
                return;
            }
            app.update(props);
            (app, container)
        }
        None => {
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
            let app =
                yew::Renderer::<NewsCard>::with_root_and_props(container.clone(), props).render();
            (app, container)
        }
    };
    with_cards(|cards| {
        cards.push(Card {
            host,
            app,
            container,
            cache,
        })
    });
}

pub fn disconnected(host: Element) {
    let card = with_cards(|cards| {
        let i = cards.iter().position(|c| c.host == host)?;
        Some(cards.swap_remove(i))
    })
    .flatten();
    let Some(Card {
        mut app, container, ..
    }) = card
    else {
        return;
    };
    // Emptying the app runs its effects' cleanups, which abort an article fetch in flight.
    app.update(NewsCardProps::idle());
    container.remove();
    let idle = Idle { app, container };
    let refused = POOL
        .try_with(|pool| match pool.try_borrow_mut() {
            Ok(mut pool) if pool.len() < POOL_MAX => {
                pool.push(idle);
                None
            }
            _ => Some(idle),
        })
        .ok()
        .flatten();
    if let Some(idle) = refused {
        idle.app.destroy();
    }
}

pub fn changed(host: Element, visible: bool) {
    // The cache is lent out while the props are read, with the card left in place.
    let Some(mut cache) = with_cards(|cards| {
        let card = cards.iter_mut().find(|c| c.host == host)?;
        Some(std::mem::take(&mut card.cache))
    })
    .flatten() else {
        return;
    };
    let props = read(&host, visible, &mut cache);
    with_cards(|cards| {
        if let Some(card) = cards.iter_mut().find(|c| c.host == host) {
            card.cache = cache;
            card.app.update(props);
        }
    });
}
