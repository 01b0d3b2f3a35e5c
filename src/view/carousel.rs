//! `<Carousel>`: related stories in a horizontally scrolling track, following the WAI-ARIA
//! Authoring Practices carousel pattern.
//!
//! - A region named by its heading and the card's headline (unique on a page of cards), with
//!   `aria-roledescription="carousel"`; each slide a `group` named "2 of 5".
//! - Previous/next buttons control the track (`aria-controls`). At an end they stay focusable
//!   and say so with `aria-disabled`: a native `disabled` would drop the reader's focus.
//! - Left/Right on the track or a button move one stop, Home/End go to the ends; in a
//!   right-to-left card the arrows follow the direction of reading. A slide link that takes
//!   focus brings its slide into view.
//! - When every story already fits there are no buttons and no readout.
//!
//! The track is a native scroller (touch, trackpad and wheel scrolling work as usual, with CSS
//! scroll snapping). Its stops come from [`Position::measured`]; scrolling updates the
//! position. While a button's smooth scroll is under way, the scroll events it fires pass
//! through stops in between; they are ignored until the track reports the stop the button
//! aimed at, so the readout does not flicker.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::model::carousel::Carousel as Position;
use crate::model::Parsed;
use crate::platform::rendering;
use crate::view::context::CardContext;
use crate::view::dom::{Built, Clocks};
use crate::view::slide::slide;

/// The carousel's article (its related stories are the ones the card's options show) and the
/// card it belongs to.
#[derive(Properties, PartialEq)]
pub struct CarouselProps {
    pub parsed: Rc<Parsed>,
    pub card: Rc<CardContext>,
}

#[component]
pub fn Carousel(props: &CarouselProps) -> Html {
    let card = props.card.clone();
    if let Some(host) = &card.host {
        rendering::mark(host);
    }
    let words = card.words();
    let len = card.config.related(&props.parsed.article).len();
    let position = use_state_eq(|| Position::new(len));
    // Built once per stories and options (plain DOM); a later render moves their dates on.
    let built = {
        let card = card.clone();
        use_memo(
            (props.parsed.clone(), card.config.clone()),
            move |(parsed, config)| {
                let stories = config.related(&parsed.article);
                let mut clocks = Clocks::default();
                let slides = stories.iter().enumerate().map(|(i, story)| {
                    let label = words.slide(i.saturating_add(1), stories.len());
                    slide(&card, story, Some(&label), i < 2, &mut clocks).html()
                });
                Built::new(slides.collect::<Html>(), clocks)
            },
        )
    };
    built.say(card.now, card.config.locale.as_deref());
    let track = use_node_ref();
    // The stop a button is scrolling to, until the track gets there.
    let heading_to = use_mut_ref(|| None::<usize>);

    // Measures the track once it is laid out: how many stops it has. In the next animation
    // frame, with every other card's track, so a page of cards is laid out once for all.
    {
        let position = position.clone();
        let track = track.clone();
        use_effect_with(len, move |_| measure_soon(track, position));
    }

    // Moves from where the track is going (or is): two quick presses move two stops.
    let go = {
        let position = position.clone();
        let track = track.clone();
        let heading_to = heading_to.clone();
        Callback::from(move |step: Move| {
            let at = measure(&track, *position).unwrap_or(*position);
            let from = heading_to.borrow().map_or(at, |i| at.go(i));
            let to = step.from(from);
            *heading_to.borrow_mut() = Some(to.index());
            scroll_to(&track, to);
            position.set(to);
        })
    };
    let on_prev = go.reform(|_: MouseEvent| Move::Prev);
    let on_next = go.reform(|_: MouseEvent| Move::Next);
    let rtl = words.rtl;
    let on_key = {
        let go = go.clone();
        Callback::from(move |key: KeyboardEvent| {
            let step = match (key.key().as_str(), rtl) {
                ("ArrowRight", false) | ("ArrowLeft", true) => Move::Next,
                ("ArrowLeft", false) | ("ArrowRight", true) => Move::Prev,
                ("Home", _) => Move::To(0),
                ("End", _) => Move::To(usize::MAX),
                _ => return,
            };
            key.prevent_default();
            go.emit(step);
        })
    };
    let on_scroll = {
        let position = position.clone();
        let track = track.clone();
        let heading_to = heading_to.clone();
        Callback::from(move |_: Event| {
            let Some(at) = position_from_scroll(&track, *position) else {
                return;
            };
            let mut heading_to = heading_to.borrow_mut();
            match *heading_to {
                Some(target) if target != at.index() => {}
                _ => {
                    *heading_to = None;
                    position.set(at);
                }
            }
        })
    };
    // A slide link that takes focus (Tab) brings its whole slide into view.
    let on_focus = {
        let track = track.clone();
        let go = go.clone();
        Callback::from(move |focus: FocusEvent| {
            let slide = focus
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|e| e.closest(".slide").ok().flatten());
            let index = slide.and_then(|slide| {
                slides(&track)?
                    .1
                    .iter()
                    .position(|s| s.is_same_node(Some(&slide)))
            });
            // Slide `index`'s stop, or the end when it is among the last slides, which show
            // together there.
            if let Some(index) = index {
                go.emit(Move::To(index));
            }
        })
    };

    let fits = position.fits();
    html! {
        <section class="related" part="related" aria-roledescription="carousel"
                 aria-labelledby="related-title headline">
            <div class="related-head">
                <h3 class="related-title" id="related-title">{ words.related }</h3>
                if !fits {
                    <span class="position" aria-live="polite" aria-atomic="true" dir="ltr">
                        { position.position() }
                    </span>
                    <button type="button" class="nav prev" part="carousel-button"
                            aria-label={words.previous} aria-controls="track"
                            aria-disabled={(!position.can_prev()).then_some("true")}
                            onclick={on_prev} onkeydown={on_key.clone()}>{ if rtl { "›" } else { "‹" } }</button>
                    <button type="button" class="nav next" part="carousel-button"
                            aria-label={words.next} aria-controls="track"
                            aria-disabled={(!position.can_next()).then_some("true")}
                            onclick={on_next} onkeydown={on_key.clone()}>{ if rtl { "‹" } else { "›" } }</button>
                }
            </div>
            <div class="track" id="track" ref={track} tabindex="0" aria-label={words.related}
                 onscroll={on_scroll} onkeydown={on_key} onfocusin={on_focus}>
                { built.parts.clone() }
            </div>
        </section>
    }
}

/// What a button, key or focus asks of the carousel.
#[derive(Clone, Copy)]
enum Move {
    Prev,
    Next,
    /// A stop; `usize::MAX` is the end.
    To(usize),
}

impl Move {
    fn from(self, at: Position) -> Position {
        match self {
            Move::Prev => at.prev(),
            Move::Next => at.next(),
            Move::To(index) => at.go(index),
        }
    }
}

fn slides(track: &NodeRef) -> Option<(HtmlElement, Vec<HtmlElement>)> {
    let track = track.cast::<HtmlElement>()?;
    let children = track.children();
    let slides = (0..children.length())
        .filter_map(|i| children.item(i))
        .filter_map(|e: Element| e.dyn_into::<HtmlElement>().ok())
        .collect();
    Some((track, slides))
}

/// How far apart slides are (negative in a right-to-left track).
fn step(slides: &[HtmlElement]) -> Option<f64> {
    match (slides.first(), slides.get(1)) {
        (Some(a), Some(b)) => Some(f64::from(b.offset_left().saturating_sub(a.offset_left()))),
        (Some(a), None) => Some(f64::from(a.offset_width())),
        _ => None,
    }
}

thread_local! {
    /// Tracks to measure in the next animation frame, with the position each updates.
    static TO_MEASURE: RefCell<Vec<(NodeRef, UseStateHandle<Position>)>> = const { RefCell::new(Vec::new()) };
}

/// Measures `track` in the next animation frame. Every track queued for that frame is read
/// first and the positions are set after, so reading one track's layout never follows a
/// change made for another (each such read would lay the page out again: 160 ms of 100 cards'
/// loading went to that).
fn measure_soon(track: NodeRef, position: UseStateHandle<Position>) {
    let first = TO_MEASURE
        .try_with(|queue| {
            let mut queue = queue.try_borrow_mut().ok()?;
            queue.push((track, position));
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
            .map(|(track, position)| (measure(&track, *position), position))
            .collect();
        for (at, position) in measured {
            if let Some(at) = at {
                position.set(at);
            }
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(frame.unchecked_ref());
    }
}

/// `at` with the track's stops as laid out now.
fn measure(track: &NodeRef, at: Position) -> Option<Position> {
    let (track, slides) = slides(track)?;
    measured(&track, &slides, at)
}

fn measured(track: &HtmlElement, slides: &[HtmlElement], at: Position) -> Option<Position> {
    let max_scroll = f64::from(track.scroll_width().saturating_sub(track.client_width()));
    Some(at.measured(max_scroll, step(slides)?.abs()))
}

/// Scrolls the track to stop `to`: slide `index` at the start edge, or the very end.
fn scroll_to(track: &NodeRef, to: Position) {
    let Some((track, slides)) = slides(track) else {
        return;
    };
    let rtl = step(&slides).is_some_and(|s| s < 0.0);
    let left = if to.at_end() && to.index() > 0 {
        let end = track.scroll_width().saturating_sub(track.client_width());
        if rtl {
            end.saturating_neg()
        } else {
            end
        }
    } else {
        match (slides.first(), slides.get(to.index())) {
            (Some(first), Some(slide)) => slide.offset_left().saturating_sub(first.offset_left()),
            _ => return,
        }
    };
    track.set_scroll_left(left);
}

/// The stop nearest the track's scroll position; the end when scrolled to the end.
fn position_from_scroll(track: &NodeRef, at: Position) -> Option<Position> {
    let (track, slides) = slides(track)?;
    let at = measured(&track, &slides, at)?;
    let left = f64::from(track.scroll_left()).abs();
    if left + f64::from(track.client_width()) >= f64::from(track.scroll_width()) - 2.0 {
        return Some(at.go(usize::MAX));
    }
    Some(at.at_offset(left, step(&slides)?))
}
