//! `<Carousel>`: the related stories in a horizontally scrolling track, following the
//! WAI-ARIA Authoring Practices carousel pattern.
//!
//! - A region named by its heading and the card's headline (unique on a page of cards), with
//!   `aria-roledescription="carousel"`; each slide a `group` named "2 of 5". The track is a
//!   focusable `group` named "Related stories", so a keyboard can scroll it (a named, focusable
//!   element needs a role that may carry a name; a group, not a region, or a page of cards
//!   would get a landmark per card).
//! - The readout says which slides are wholly in view ("2–3 / 5"), measured from the track.
//! - Previous/next buttons control the track (`aria-controls`). At an end they stay focusable
//!   and say so with `aria-disabled`: a native `disabled` would drop the reader's focus.
//! - Left/Right on the track or a button move one stop, Home/End go to the ends; in a
//!   right-to-left card the arrows follow the direction of reading. A slide link that takes
//!   focus brings its slide into view.
//! - When every story already fits there are no buttons and no readout.
//!
//! The track is a native scroller (touch, trackpad and wheel scrolling work as usual, with CSS
//! scroll snapping). The position is [`Track`], the model's pure state machine, held with
//! `use_reducer_eq`: Yew's listeners measure the track ([`crate::platform::track`]) and
//! dispatch what happened; one effect scrolls the track to the stop a move heads for. One
//! `ResizeObserver` for every carousel on the page measures a track when it is first laid out
//! and whenever its width changes (a container that grows, a tab that shows a card laid out
//! while hidden), after the browser's own layout, all tracks read before any is updated.

use std::cell::RefCell;
use std::rc::Rc;

use chrono::{DateTime, Utc};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, FocusEvent, KeyboardEvent, ResizeObserver, ResizeObserverEntry};
use yew::prelude::*;

use crate::model::carousel::{Action, Move, Track};
use crate::model::text::decimal;
use crate::model::Parsed;
use crate::platform::{rendering, track};
use crate::view::context::CardContext;
use crate::view::related_list::related_title;
use crate::view::slide::slide;

#[derive(Properties)]
pub struct CarouselProps {
    pub parsed: Rc<Parsed>,
    pub card: Rc<CardContext>,
    /// The moment the slides' relative dates are measured from.
    pub now: DateTime<Utc>,
}

impl PartialEq for CarouselProps {
    fn eq(&self, other: &CarouselProps) -> bool {
        // The same conversion, not merely equal data: comparing articles field by field on
        // every minute's tick would cost more than it saves.
        Rc::ptr_eq(&self.parsed, &other.parsed) && self.card == other.card && self.now == other.now
    }
}

/// The reducer Yew holds: the model's [`Track`].
#[derive(PartialEq)]
struct State(Track);

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<State>, action: Action) -> Rc<State> {
        Rc::new(State(self.0.apply(action)))
    }
}

#[component]
pub fn Carousel(props: &CarouselProps) -> Html {
    let card = &props.card;
    rendering::mark_render(card.host.as_ref());
    let stories = card.config.related(&props.parsed.article);
    let words = card.words();
    let state = use_reducer_eq(|| State(Track::new(stories.len())));
    let track_ref = use_node_ref();
    // Measured once laid out, and again whenever the track's width changes.
    {
        let track_ref = track_ref.clone();
        let dispatcher = state.dispatcher();
        let host = card.host.clone();
        use_effect_with(stories.len(), move |_| {
            rendering::mark_render(host.as_ref());
            let track = track_ref.cast::<Element>();
            if let Some(track) = &track {
                watch(track, dispatcher, host);
            }
            move || {
                if let Some(track) = &track {
                    unwatch(track);
                }
            }
        });
    }
    // Scrolls to the stop a move heads for.
    {
        let track_ref = track_ref.clone();
        let host = card.host.clone();
        use_effect_with(state.0, move |at| {
            rendering::mark_render(host.as_ref());
            if let Some(track) = track_ref.cast::<Element>() {
                let metrics = track::metrics(&track);
                let target = metrics.and_then(|m| at.scroll_target(&track::offsets(&track), m));
                if let Some(left) = target {
                    track::scroll_to(&track, left);
                }
            }
        });
    }
    // What a listener sees: the track measured now, and the card to blame if that goes wrong.
    let on = {
        let track_ref = track_ref.clone();
        let dispatcher = state.dispatcher();
        let host = card.host.clone();
        move |make: &dyn Fn(&Element, crate::model::carousel::Metrics) -> Option<Action>| {
            let track = track_ref.cast::<Element>()?;
            let action = make(&track, track::metrics(&track)?)?;
            if let Some(host) = &host {
                rendering::mark(host);
            }
            dispatcher.dispatch(action);
            Some(())
        }
    };
    let on = Rc::new(on);
    let go = |step: Move| {
        let on = on.clone();
        Callback::from(move |_: MouseEvent| {
            on(&|_, m| Some(Action::Go(step, m)));
        })
    };
    let (on_prev, on_next) = (go(Move::Prev), go(Move::Next));
    let rtl = words.rtl;
    let onkeydown = {
        let on = on.clone();
        Callback::from(move |key: KeyboardEvent| {
            // Alt+Left is the browser's Back; Ctrl and ⌘ combinations are the page's or the
            // system's.
            if key.alt_key() || key.ctrl_key() || key.meta_key() {
                return;
            }
            let step = match (key.key().as_str(), rtl) {
                ("ArrowRight", false) | ("ArrowLeft", true) => Move::Next,
                ("ArrowLeft", false) | ("ArrowRight", true) => Move::Prev,
                ("Home", _) => Move::To(0),
                ("End", _) => Move::To(usize::MAX),
                _ => return,
            };
            key.prevent_default();
            on(&|_, m| Some(Action::Go(step, m)));
        })
    };
    // A slide link that takes keyboard focus (Tab) brings its whole slide into view: slide
    // `index`'s stop, or the end when it is among the last slides, which show together. Not a
    // link focused by a pointer: the track would move under the click, which then lands
    // elsewhere.
    let onfocusin = {
        let on = on.clone();
        Callback::from(move |focus: FocusEvent| {
            let target = focus
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .filter(|t| t.matches(":focus-visible").unwrap_or(true));
            on(&|track, m| {
                let index = track::slide_of(track, target.as_ref()?)?;
                Some(Action::Go(Move::To(index), m))
            });
        })
    };
    let onscroll = Callback::from(move |_: Event| {
        on(&|_, m| Some(Action::Scrolled(m)));
    });
    let at = state.0.at;
    let readout = at.readout();
    // The last slide in view, or the one a wide card shows beside the first (the stylesheet
    // shows that one only in a wide card).
    let to = readout
        .last
        .map(|last| (last, None))
        .or(readout.wide_last.map(|last| (last, Some("wide"))));
    let disabled = |can: bool| (!can).then_some("true");
    html! {
        <section class="related" part="related" aria-roledescription="carousel"
                 aria-labelledby="related-title headline" {onkeydown} {onfocusin}>
            // Two slides fit a wide card: its controls are hidden there until the track is
            // measured (and then not drawn), so a prerendered card shows none either.
            <div class={classes!("related-head", (at.slides() == 2).then_some("pair"))}>
                { related_title(words) }
                if !at.fits() {
                    <span class="position" aria-live="polite" aria-atomic="true" dir="ltr">
                        { decimal(readout.first as u64) }
                        if let Some((last, wide)) = to {
                            <span class={classes!("position-to", wide)}>{ ["\u{2013}", &decimal(last as u64)].concat() }</span>
                        }
                        { [" / ", &decimal(readout.of as u64)].concat() }
                    </span>
                    // The same characters in both directions: "‹" and "›" are mirrored glyphs,
                    // which a right-to-left card draws the other way round, so "next" points
                    // left there, the way it reads.
                    <button type="button" class="nav prev" part="carousel-button"
                            aria-label={words.previous} aria-controls="track"
                            aria-disabled={disabled(at.can_prev())} onclick={on_prev}>
                        { "‹" }
                    </button>
                    <button type="button" class="nav next" part="carousel-button"
                            aria-label={words.next} aria-controls="track"
                            aria-disabled={disabled(at.can_next())} onclick={on_next}>
                        { "›" }
                    </button>
                }
            </div>
            <div class="track" id="track" role="group" tabindex="0" aria-label={words.related}
                 ref={track_ref} {onscroll}>
                { for stories.iter().enumerate().map(|(i, story)| {
                    let label = AttrValue::from(words.slide(i.saturating_add(1), stories.len()));
                    slide(card, story, Some(label), i < 2, props.now)
                }) }
            </div>
        </section>
    }
}

/// A carousel on the page: its track, where its measurements go, and its card.
struct Watched {
    track: Element,
    dispatcher: UseReducerDispatcher<State>,
    host: Option<Element>,
}

thread_local! {
    /// The carousels the observer measures.
    static WATCHED: RefCell<Vec<Watched>> = const { RefCell::new(Vec::new()) };
    /// One observer for every track on the page (its callback lives as long as the page).
    static OBSERVER: Option<ResizeObserver> = {
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(resized);
        let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
        callback.forget();
        observer
    };
}

/// Has the observer measure `track` now (its first observation) and as its width changes.
fn watch(track: &Element, dispatcher: UseReducerDispatcher<State>, host: Option<Element>) {
    let added = WATCHED
        .try_with(|watched| {
            let mut watched = watched.try_borrow_mut().ok()?;
            watched.push(Watched {
                track: track.clone(),
                dispatcher,
                host,
            });
            Some(())
        })
        .ok()
        .flatten();
    if added.is_some() {
        let _ = OBSERVER.try_with(|o| o.as_ref().map(|o| o.observe(track)));
    }
}

fn unwatch(track: &Element) {
    let _ = OBSERVER.try_with(|o| o.as_ref().map(|o| o.unobserve(track)));
    let _ = WATCHED.try_with(|watched| {
        if let Ok(mut watched) = watched.try_borrow_mut() {
            watched.retain(|w| &w.track != track);
        }
    });
}

/// The observer's callback: the tracks laid out anew. It runs after the browser's layout, so
/// reading them costs no extra layout; every track is read before any position is set.
fn resized(entries: js_sys::Array) {
    let measured: Vec<_> = WATCHED
        .try_with(|watched| {
            let watched = watched.try_borrow().ok()?;
            let found = entries
                .iter()
                .filter_map(|entry| entry.dyn_into::<ResizeObserverEntry>().ok())
                .filter_map(|entry| {
                    let target = entry.target();
                    let w = watched.iter().find(|w| w.track == target)?;
                    Some((
                        track::metrics(&target)?,
                        w.dispatcher.clone(),
                        w.host.clone(),
                    ))
                })
                .collect();
            Some(found)
        })
        .ok()
        .flatten()
        .unwrap_or_default();
    for (metrics, dispatcher, host) in measured {
        if let Some(host) = &host {
            rendering::mark(host);
        }
        dispatcher.dispatch(Action::Measured(metrics));
    }
}
