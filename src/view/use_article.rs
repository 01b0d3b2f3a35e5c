//! `use_article`: loads the article at `src` and tracks the load state.

use std::cell::Cell;
use std::rc::Rc;

use chrono::{DateTime, Utc};
use yew::prelude::*;

use crate::model::{LoadError, Parsed};
use crate::platform::{clock, fetch};

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
    /// Starts the load again (the error panel's Retry button).
    pub retry: Callback<()>,
}

/// Fetches `src` whenever it changes or Retry is pressed. The request of an older `src` is
/// aborted, and its answer, should it still arrive, is ignored: the latest `src` always wins.
#[hook]
pub fn use_article(src: AttrValue) -> ArticleLoad {
    let state = use_state(|| Load::Loading);
    let attempt = use_state(|| 0u32);

    {
        let state = state.clone();
        use_effect_with((src, *attempt), move |(src, _)| {
            state.set(Load::Loading);
            let cancelled = Rc::new(Cell::new(false));
            let in_flight = match fetch::resolve_src(src) {
                Err(error) => {
                    state.set(Load::Failed(error));
                    None
                }
                Ok(url) => {
                    let (in_flight, result) = fetch::load(url);
                    let current = state.clone();
                    let cancelled = cancelled.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        let result = result.await;
                        // A cancelled load's answer is dropped here: `src` changed or the card
                        // went away while it was on its way.
                        if !cancelled.get() {
                            current.set(match result {
                                Ok(parsed) => Load::Ready(Rc::new(parsed), clock::now()),
                                Err(error) => Load::Failed(error),
                            });
                        }
                    });
                    Some(in_flight)
                }
            };
            move || {
                cancelled.set(true);
                drop(in_flight);
            }
        });
    }

    let retry = {
        let attempt = attempt.clone();
        Callback::from(move |()| attempt.set(*attempt + 1))
    };
    ArticleLoad {
        state: (*state).clone(),
        retry,
    }
}
