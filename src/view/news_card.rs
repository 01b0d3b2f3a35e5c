//! `<NewsCard>`: the whole widget. Loads the article and shows the skeleton, the error panel
//! or the card.

use std::rc::Rc;

use chrono::{DateTime, Utc};
use gloo_timers::callback::Timeout;
use web_sys::Element;
use yew::prelude::*;

use crate::model::config::{Fallback, RelatedMode};
use crate::model::{date, words, CardEvent, Config};
use crate::platform::rendering;
use crate::view::card::Card;
use crate::view::error_panel::error_panel;
use crate::view::skeleton::skeleton;
use crate::view::use_article::{use_article, Load, Source};

#[derive(Properties, PartialEq, Clone)]
pub struct NewsCardProps {
    pub source: Source,
    #[prop_or_default]
    pub config: Rc<Config>,
    /// Whether a `src` may be fetched yet (lazy cards wait until they near the viewport).
    #[prop_or(true)]
    pub active: bool,
    /// Receives the card's events; returns `false` when the host cancelled one.
    #[prop_or_default]
    pub on_event: Option<Callback<CardEvent, bool>>,
    /// The `<news-card>` element this card renders into.
    #[prop_or_default]
    pub host: Option<Element>,
    /// The time when the element was last read (the page's refresh tick re-reads cards on
    /// screen once a minute), so relative dates move on; `None` keeps the time of loading.
    #[prop_or_default]
    pub now: Option<DateTime<Utc>>,
    /// The host element has children of its own (a fallback link) to show on failure.
    #[prop_or_default]
    pub has_fallback: bool,
    /// Bumped by the element's `reload()`: the article is loaded again.
    #[prop_or_default]
    pub reloads: u32,
    /// Whether the host is on screen (as the page last said): a loading card shows its
    /// skeleton only there.
    #[prop_or(true)]
    pub on_screen: bool,
}

impl NewsCardProps {
    /// A card with nothing to show and nothing to fetch: what a pooled app holds between
    /// cards.
    pub fn idle() -> NewsCardProps {
        NewsCardProps {
            source: Source::Waiting,
            config: Rc::default(),
            active: false,
            on_event: None,
            host: None,
            now: None,
            has_fallback: false,
            reloads: 0,
            on_screen: true,
        }
    }
}

/// How long a card loads before it shows its skeleton. An article that comes sooner (the
/// loader's early fetch, the cache, a near server) is drawn once, with no skeleton built, laid
/// out and taken down before it; until then the card draws nothing, and a page's reserved box
/// (news-card-reserve.css) holds its place. The delay counts while the card is on screen (the
/// page says when that changes): a skeleton nobody sees is only work (on a page of 100 cards,
/// half of them drew one, in the same tasks as the cards that had their articles).
const SKELETON_DELAY_MS: u32 = 250;

#[component]
pub fn NewsCard(props: &NewsCardProps) -> Html {
    rendering::mark_render(props.host.as_ref());
    let load = use_article(
        props.source.clone(),
        props.active,
        props.reloads,
        props.config.clone(),
        props.on_event.clone(),
        props.host.clone(),
    );
    let loading = matches!(load.state, Load::Loading);
    let skeleton_due = use_state_eq(|| false);
    {
        let due = skeleton_due.clone();
        let host = props.host.clone();
        // While a card loads on screen, its skeleton is due after the delay; then it stays
        // until the load ends, on screen or not (Yew renders after the timer's callback, and
        // this effect's cleanup drops the timer when the card goes off screen first).
        use_effect_with(
            (loading, props.on_screen, *skeleton_due, host.is_some()),
            move |&(loading, on_screen, due_now, _)| {
                // Loaded, or an emptied app in the pool: the next load waits for its skeleton again.
                if !loading || host.is_none() {
                    due.set(false);
                }
                let timer = (host.is_some() && loading && on_screen && !due_now)
                    .then(|| Timeout::new(SKELETON_DELAY_MS, move || due.set(true)));
                move || drop(timer)
            },
        );
    }
    // Only a card that has drawn nothing yet waits: one that shows an article keeps its place
    // with the skeleton while it loads another (a new `src`, `reload()`).
    let drew = use_mut_ref(|| false);
    let waits = loading && !*skeleton_due && !drew.try_borrow().is_ok_and(|d| *d);
    {
        let host = props.host.clone();
        use_effect(move || {
            if let Ok(mut drew) = drew.try_borrow_mut() {
                // An emptied app in the pool: the next card it serves starts afresh.
                *drew = host.is_some() && (*drew || !waits);
            }
            if let (Some(host), false) = (&host, waits) {
                // Yew runs this in the task that put the card in the DOM, before the browser
                // can paint: the host's reserved box gives way to it without an empty frame.
                rendering::shown(host);
            }
        });
    }
    if waits {
        // The element's own children (the site owner's fallback link) show until the card
        // draws, as they did before the widget started.
        return html! { <slot></slot> };
    }
    let words = words::for_locale(props.config.locale.as_deref());
    match load.state {
        Load::Loading => skeleton(words, props.config.related != RelatedMode::None),
        Load::Failed(error) => match (props.config.fallback, props.has_fallback) {
            // The site owner's own fallback, through a slot: it stays in their DOM and style.
            (Fallback::Auto, true) => html! { <slot data-error={error.kind()}></slot> },
            (Fallback::Collapse, _) => html! { <div hidden=true data-error={error.kind()}></div> },
            _ => error_panel(&error, load.retry.as_ref(), words),
        },
        Load::Ready(parsed, loaded) => {
            // Moved on only as far as the article's words can change: a minute for a story
            // of the last hour, an hour for an old one, so old cards do not re-render.
            let published = parsed.article.published;
            let now = props
                .now
                .map(|now| date::tick(published.as_ref(), now))
                .map_or(loaded, |now| now.max(loaded));
            html! {
                <Card {parsed} {now} config={props.config.clone()} on_event={props.on_event.clone()}
                      host={props.host.clone()} drawn={load.sent.clone()} />
            }
        }
    }
}
