//! `use_article`: where the card's article comes from, and the load state.

use std::cell::Cell;
use std::rc::Rc;

use chrono::{DateTime, Utc};
use web_sys::Element;
use yew::prelude::*;

use crate::model::{CardEvent, Config, HttpUrl, LoadError, Parsed};
use crate::platform::{clock, fetch, rendering};

/// Where a card's article comes from.
#[derive(Debug, Clone)]
pub enum Source {
    /// Fetch it from this URL (absolute, or relative to the page).
    Src(AttrValue),
    /// Inline data, already converted (or the reason it could not be).
    Data(Result<Rc<Parsed>, LoadError>),
    /// Neither yet: the host page has still to set the `article` property (frameworks set
    /// properties after creating the element), so the card shows its skeleton meanwhile.
    Waiting,
}

impl PartialEq for Source {
    fn eq(&self, other: &Source) -> bool {
        match (self, other) {
            (Source::Src(a), Source::Src(b)) => a == b,
            // The same conversion, not merely equal data: new data is a new render.
            (Source::Data(Ok(a)), Source::Data(Ok(b))) => Rc::ptr_eq(a, b),
            (Source::Data(Err(a)), Source::Data(Err(b))) => a == b,
            (Source::Waiting, Source::Waiting) => true,
            _ => false,
        }
    }
}

/// Where a card's data is.
#[derive(Debug, Clone, PartialEq)]
pub enum Load {
    Loading,
    /// The article, and the time its relative dates are measured from.
    Ready(Rc<Parsed>, DateTime<Utc>),
    Failed(LoadError),
}

/// What [`use_article`] gives the card.
pub struct ArticleLoad {
    pub state: Load,
    /// Starts the load again (the error panel's Retry button); `None` where trying again
    /// cannot help: inline or property data, or an address that is not a URL.
    pub retry: Option<Callback<()>>,
    /// Sends the event of the state that just rendered, if not sent yet: for the card to call
    /// once it is drawn.
    pub sent: Callback<()>,
}

/// Loads the article from `source` whenever it changes, becomes `active` or Retry is pressed,
/// and reports the outcome through `on_event`; `host` is the card marked as drawing when a
/// result is set. The request of an older `src` is aborted, and its answer, should it still
/// arrive, is ignored: the latest `src` always wins. Transient failures are retried inside [`fetch::load`], so the skeleton stays up until the last try.
#[hook]
pub fn use_article(
    source: Source,
    active: bool,
    reloads: u32,
    config: Rc<Config>,
    on_event: Option<Callback<CardEvent, bool>>,
    host: Option<Element>,
) -> ArticleLoad {
    let state = use_state(|| Load::Loading);
    let attempt = use_state(|| 0u32);
    // The event for the state just set, sent once that state is in the DOM: by this effect, or
    // sooner by the card's own (`sent`): Yew runs a new card's first effects right after it is
    // drawn, but this component's only once every card drawing in the same pass is done.
    let pending = use_mut_ref(|| None::<CardEvent>);
    let sent = use_memo(on_event, {
        let pending = pending.clone();
        move |on_event| {
            let on_event = on_event.clone();
            Callback::from(move |()| {
                let event = pending.try_borrow_mut().ok().and_then(|mut p| p.take());
                if let (Some(event), Some(on_event)) = (event, &on_event) {
                    on_event.emit(event);
                }
            })
        }
    });
    {
        let sent = (*sent).clone();
        use_effect(move || sent.emit(()));
    }

    // Only a `src` waits for `active`: data the card already has renders once, whether or not
    // the card has come near the viewport (so a lazy card's load event fires once).
    let fetch_active = active && matches!(source, Source::Src(_));
    {
        let state = state.clone();
        let attempts = attempt.clone();
        use_effect_with(
            (source.clone(), fetch_active, *attempt, reloads),
            move |(source, active, attempt, reloads)| {
                // Effects run after every render of a pass: this one is its card's work too.
                rendering::mark_render(host.as_ref());
                let cancelled = Rc::new(Cell::new(false));
                let referrer_policy = config.referrer_policy;
                let converts_for = host.clone();
                let finish = {
                    let state = state.clone();
                    move |result: Result<Rc<Parsed>, LoadError>, url: Option<HttpUrl>| {
                        // After a wait (the pacer's turn to draw), this is the card's work again.
                        rendering::mark_render(host.as_ref());
                        // A result replaced before it rendered gets no event: it was never shown.
                        if let Ok(mut pending) = pending.try_borrow_mut() {
                            *pending = Some(event_for(&result, &config, url));
                        }
                        state.set(match result {
                            Ok(parsed) => Load::Ready(parsed, clock::now()),
                            Err(error) => Load::Failed(error),
                        });
                    }
                };
                let mut in_flight = None;
                match source {
                    Source::Data(result) => finish(result.clone(), None),
                    Source::Waiting => {
                        // An emptied app in the pool: its next card starts with no Retry count.
                        if *attempts != 0 {
                            attempts.set(0);
                        }
                        state.set(Load::Loading);
                    }
                    Source::Src(_) if !active => state.set(Load::Loading),
                    Source::Src(src) => match fetch::resolve_src(src) {
                        Err(error) => finish(Err(error), None),
                        Ok(url) => {
                            state.set(Load::Loading);
                            // A card's first load may share a request with the cards of the
                            // same `src` loading with it; Retry and reload() fetch afresh.
                            let first = *attempt == 0 && *reloads == 0;
                            let (handle, result) =
                                fetch::load(url.clone(), first, referrer_policy, converts_for);
                            in_flight = Some(handle);
                            let cancelled = cancelled.clone();
                            wasm_bindgen_futures::spawn_local(async move {
                                let result = result.await;
                                // Articles that arrive together draw a few per task and frame.
                                rendering::turn_to_draw().await;
                                // A cancelled load's answer is dropped here: `src` changed or the
                                // card went away while it was on its way.
                                if !cancelled.get() {
                                    finish(result.map(Rc::new), Some(url));
                                }
                            });
                        }
                    },
                }
                move || {
                    cancelled.set(true);
                    drop(in_flight);
                }
            },
        );
    }

    let retry = match (&*state, &source) {
        (Load::Failed(error), Source::Src(_)) if error.is_retryable() => {
            let attempt = attempt.clone();
            Some(Callback::from(move |()| {
                attempt.set(attempt.wrapping_add(1));
            }))
        }
        _ => None,
    };
    ArticleLoad {
        state: (*state).clone(),
        retry,
        sent: (*sent).clone(),
    }
}

fn event_for(
    result: &Result<Rc<Parsed>, LoadError>,
    config: &Config,
    url: Option<HttpUrl>,
) -> CardEvent {
    match result {
        Ok(parsed) => CardEvent::Load {
            title: parsed.article.headline().to_owned(),
            url: config.article_link(&parsed.article).cloned(),
        },
        Err(error) => CardEvent::Error {
            kind: error.kind(),
            message: error.text(),
            status: error.status(),
            url,
        },
    }
}
