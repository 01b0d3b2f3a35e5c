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
//! dispatch what happened; one effect scrolls the track to the stop a move heads for.

use std::cell::RefCell;
use std::rc::Rc;

use chrono::{DateTime, Utc};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, FocusEvent, KeyboardEvent};
use yew::prelude::*;

use crate::model::carousel::{Action, Move, Track};
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
    let stories = card.config.related(&props.parsed.article);
    let words = card.words();
    let state = use_reducer_eq(|| State(Track::new(stories.len())));
    let track_ref = use_node_ref();
    // Measured once laid out: in the next animation frame, with every other carousel.
    {
        let track_ref = track_ref.clone();
        let dispatcher = state.dispatcher();
        use_effect_with(stories.len(), move |_| {
            measure_soon(track_ref, dispatcher);
        });
    }
    // Scrolls to the stop a move heads for.
    {
        let track_ref = track_ref.clone();
        use_effect_with(state.0, move |at| {
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
    // A slide link that takes focus (Tab) brings its whole slide into view: slide `index`'s
    // stop, or the end when it is among the last slides, which show together.
    let onfocusin = {
        let on = on.clone();
        Callback::from(move |focus: FocusEvent| {
            let target = focus.target().and_then(|t| t.dyn_into::<Element>().ok());
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
    let disabled = |can: bool| (!can).then_some("true");
    html! {
        <section class="related" part="related" aria-roledescription="carousel"
                 aria-labelledby="related-title headline" {onkeydown} {onfocusin}>
            <div class="related-head">
                { related_title(words) }
                if !at.fits() {
                    <span class="position" aria-live="polite" aria-atomic="true" dir="ltr">
                        { at.position() }
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

type Measure = (NodeRef, UseReducerDispatcher<State>);

thread_local! {
    /// Carousels to measure in the next animation frame.
    static TO_MEASURE: RefCell<Vec<Measure>> = const { RefCell::new(Vec::new()) };
}

/// Measures a carousel's track in the next animation frame. Every track queued for that frame
/// is read first and the actions dispatched after, so reading one track's layout never follows
/// a change made for another (each such read would lay the page out again: 160 ms of 100 cards'
/// loading went to that).
fn measure_soon(track: NodeRef, dispatcher: UseReducerDispatcher<State>) {
    let first = TO_MEASURE
        .try_with(|queue| {
            let mut queue = queue.try_borrow_mut().ok()?;
            queue.push((track, dispatcher));
            Some(queue.len() == 1)
        })
        .ok()
        .flatten();
    if first != Some(true) {
        return;
    }
    let frame = Closure::once_into_js(|| {
        let queued = TO_MEASURE
            .try_with(|queue| {
                queue
                    .try_borrow_mut()
                    .map(|mut q| std::mem::take(&mut *q))
                    .unwrap_or_default()
            })
            .unwrap_or_default();
        let measured: Vec<_> = queued
            .into_iter()
            .filter_map(|(track, dispatcher)| {
                let metrics = track::metrics(&track.cast::<Element>()?)?;
                Some((metrics, dispatcher))
            })
            .collect();
        for (metrics, dispatcher) in measured {
            dispatcher.dispatch(Action::Measured(metrics));
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(frame.unchecked_ref());
    }
}
