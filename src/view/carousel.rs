//! The related stories in a horizontally scrolling track, following the WAI-ARIA Authoring
//! Practices carousel pattern.
//!
//! - A region named by its heading and the card's headline (unique on a page of cards), with
//!   `aria-roledescription="carousel"`; each slide a `group` named "2 of 5". The track is a
//!   focusable `group` named "Related stories", so a keyboard can scroll it.
//! - The readout says which slides are wholly in view ("2–3 / 5"), measured from the track.
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
//!
//! It is built as plain DOM with the card's other parts ([`crate::view::dom`]), not as a Yew
//! component: its only state is the position, which the readout and the buttons'
//! `aria-disabled` show, set in place when it changes. One JS listener per carousel serves its
//! clicks, keys, focus and scrolling, and is removed with it.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, EventTarget, HtmlElement, KeyboardEvent};
use yew::Html;

use crate::model::carousel::Carousel as Position;
use crate::model::Related;
use crate::platform::rendering;
use crate::view::context::CardContext;
use crate::view::dom::{el, Clocks};
use crate::view::related_list::related_head;
use crate::view::slide::slide;

/// A built carousel: its section, and the listener that keeps it working.
pub struct Carousel {
    state: Rc<State>,
    listener: Closure<dyn FnMut(Event)>,
    measured: Cell<bool>,
}

/// The carousel's elements and position.
struct State {
    section: Element,
    head: Element,
    readout: Element,
    prev: Element,
    next: Element,
    track: HtmlElement,
    position: Cell<Position>,
    /// The stop a button is scrolling to, until the track gets there.
    heading_to: Cell<Option<usize>>,
    rtl: bool,
    /// The card's element, named if handling an event fails.
    host: Option<Element>,
}

/// The carousel of `stories` for `card`; `None` without a document.
pub fn carousel(card: &CardContext, stories: &[Related], clocks: &mut Clocks) -> Option<Carousel> {
    let words = card.words();
    let track = stories.iter().enumerate().fold(
        el("div")
            .attr("class", "track")
            .attr("id", "track")
            // Focusable, so a keyboard scrolls it; a named, focusable element needs a role
            // that may carry a name (ARIA 1.2 prohibits naming a generic `div`). A group, not
            // a region: a page of cards would get a landmark per card.
            .attr("role", "group")
            .attr("tabindex", "0")
            .attr("aria-label", words.related),
        |track, (i, story)| {
            let label = words.slide(i.saturating_add(1), stories.len());
            track.child(slide(card, story, Some(&label), i < 2, clocks))
        },
    );
    let readout = el("span")
        .attr("class", "position")
        .attr("aria-live", "polite")
        .attr("aria-atomic", "true")
        .attr("dir", "ltr");
    let button = |class: &str, label: &str, arrow: &str| {
        el("button")
            .attr("type", "button")
            .attr("class", class)
            .attr("part", "carousel-button")
            .attr("aria-label", label)
            .attr("aria-controls", "track")
            .text(arrow)
    };
    // The same characters in both directions: "‹" and "›" are mirrored glyphs, which a
    // right-to-left card draws the other way round, so "next" points left there, the way it
    // reads.
    let prev = button("nav prev", words.previous, "‹");
    let next = button("nav next", words.next, "›");
    let head = related_head(words);
    let state = Rc::new(State {
        head: head.node()?,
        readout: readout.node()?,
        prev: prev.node()?,
        next: next.node()?,
        track: track.node()?.dyn_into().ok()?,
        section: el("section")
            .attr("class", "related")
            .attr("part", "related")
            .attr("aria-roledescription", "carousel")
            .attr("aria-labelledby", "related-title headline")
            .child(head)
            .child(track)
            .node()?,
        position: Cell::new(Position::new(stories.len())),
        heading_to: Cell::new(None),
        rtl: words.rtl,
        host: card.host.clone(),
    });
    state.show();
    let listener = {
        let state = state.clone();
        Closure::<dyn FnMut(Event)>::new(move |event: Event| state.handle(&event))
    };
    state.listeners(|target, kind| {
        let _ = target.add_event_listener_with_callback(kind, listener.as_ref().unchecked_ref());
    });
    Some(Carousel {
        state,
        listener,
        measured: Cell::new(false),
    })
}

impl Carousel {
    /// The section, for Yew to place.
    pub fn html(&self) -> Html {
        Html::VRef(self.state.section.clone().into())
    }

    /// Measures the track once it is laid out: how many stops it has. Called after the card
    /// is drawn; the first call queues it for the next animation frame (see [`measure_soon`]).
    pub fn measure_soon(&self) {
        if !self.measured.replace(true) {
            measure_soon(Rc::downgrade(&self.state));
        }
    }
}

impl Drop for Carousel {
    fn drop(&mut self) {
        let function = self.listener.as_ref().unchecked_ref();
        self.state.listeners(|target, kind| {
            let _ = target.remove_event_listener_with_callback(kind, function);
        });
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

impl State {
    /// Where the listener goes: the section, for the events that bubble out of its buttons,
    /// track and links, and the track for its own scrolling.
    fn listeners(&self, mut each: impl FnMut(&EventTarget, &str)) {
        for kind in ["click", "keydown", "focusin"] {
            each(&self.section, kind);
        }
        each(&self.track, "scroll");
    }

    fn handle(&self, event: &Event) {
        if let Some(host) = &self.host {
            rendering::mark(host);
        }
        let target = event.target().and_then(|t| t.dyn_into::<Element>().ok());
        let closest = |selector: &str| {
            target
                .as_ref()
                .and_then(|t| t.closest(selector).ok().flatten())
        };
        match event.type_().as_str() {
            "click" => {
                if let Some(button) = closest(".nav") {
                    let prev = button.is_same_node(Some(&self.prev));
                    self.go(if prev { Move::Prev } else { Move::Next });
                }
            }
            "keydown" => {
                let Some(key) = event.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                let step = match (key.key().as_str(), self.rtl) {
                    ("ArrowRight", false) | ("ArrowLeft", true) => Move::Next,
                    ("ArrowLeft", false) | ("ArrowRight", true) => Move::Prev,
                    ("Home", _) => Move::To(0),
                    ("End", _) => Move::To(usize::MAX),
                    _ => return,
                };
                event.prevent_default();
                self.go(step);
            }
            // A slide link that takes focus (Tab) brings its whole slide into view: slide
            // `index`'s stop, or the end when it is among the last slides, which show together.
            "focusin" => {
                let slide = closest(".slide");
                let index = slide.and_then(|slide| {
                    self.slides()
                        .iter()
                        .position(|s| s.is_same_node(Some(&slide)))
                });
                if let Some(index) = index {
                    self.go(Move::To(index));
                }
            }
            _ => self.scrolled(),
        }
    }

    /// Moves from where the track is going (or is): two quick presses move two stops.
    fn go(&self, step: Move) {
        let at = self.measure().unwrap_or(self.position.get());
        let from = self.heading_to.get().map_or(at, |i| at.go(i));
        let to = step.from(from);
        self.heading_to.set(Some(to.index()));
        self.scroll_to(to);
        self.set(to);
    }

    fn scrolled(&self) {
        let Some(at) = self.scroll_position() else {
            return;
        };
        match self.heading_to.get() {
            Some(target) if target != at.index() => {}
            _ => {
                self.heading_to.set(None);
                self.set(at);
            }
        }
    }

    /// Shows position `to`, if it is a change.
    fn set(&self, to: Position) {
        if self.position.replace(to) != to {
            self.show();
        }
    }

    /// The readout and the buttons for the position: present only when the track scrolls.
    fn show(&self) {
        let at = self.position.get();
        if at.fits() {
            for part in [&self.readout, &self.prev, &self.next] {
                part.remove();
            }
            return;
        }
        if self.readout.parent_node().is_none() {
            let _ = self
                .head
                .append_with_node_3(&self.readout, &self.prev, &self.next);
        }
        self.readout.set_text_content(Some(&at.position()));
        for (button, can) in [(&self.prev, at.can_prev()), (&self.next, at.can_next())] {
            let _ = if can {
                button.remove_attribute("aria-disabled")
            } else {
                button.set_attribute("aria-disabled", "true")
            };
        }
    }

    fn slides(&self) -> Vec<HtmlElement> {
        let children = self.track.children();
        (0..children.length())
            .filter_map(|i| children.item(i))
            .filter_map(|e: Element| e.dyn_into::<HtmlElement>().ok())
            .collect()
    }

    /// The position with the track's stops as laid out now.
    fn measure(&self) -> Option<Position> {
        self.measured(&self.slides())
    }

    fn measured(&self, slides: &[HtmlElement]) -> Option<Position> {
        let track = &self.track;
        let view = track.client_width();
        let max_scroll = f64::from(track.scroll_width().saturating_sub(view));
        let step = step(slides)?.abs();
        let width = f64::from(slides.first()?.offset_width());
        Some(
            self.position
                .get()
                .measured(max_scroll, step)
                .viewed(f64::from(view), width, step),
        )
    }

    /// Scrolls the track to stop `to`: slide `index` at the start edge, or the very end.
    fn scroll_to(&self, to: Position) {
        let track = &self.track;
        let slides = self.slides();
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
                (Some(first), Some(slide)) => {
                    slide.offset_left().saturating_sub(first.offset_left())
                }
                _ => return,
            }
        };
        track.set_scroll_left(left);
    }

    /// The stop nearest the track's scroll position; the end when scrolled to the end.
    fn scroll_position(&self) -> Option<Position> {
        let track = &self.track;
        let slides = self.slides();
        let at = self.measured(&slides)?;
        let left = f64::from(track.scroll_left()).abs();
        if left + f64::from(track.client_width()) >= f64::from(track.scroll_width()) - 2.0 {
            return Some(at.go(usize::MAX));
        }
        Some(at.at_offset(left, step(&slides)?))
    }
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
    /// Carousels to measure in the next animation frame.
    static TO_MEASURE: RefCell<Vec<Weak<State>>> = const { RefCell::new(Vec::new()) };
}

/// Measures `carousel` in the next animation frame. Every track queued for that frame is read
/// first and the positions are set after, so reading one track's layout never follows a
/// change made for another (each such read would lay the page out again: 160 ms of 100 cards'
/// loading went to that).
fn measure_soon(carousel: Weak<State>) {
    let first = TO_MEASURE
        .try_with(|queue| {
            let mut queue = queue.try_borrow_mut().ok()?;
            queue.push(carousel);
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
            .iter()
            .filter_map(Weak::upgrade)
            .map(|state| (state.measure(), state))
            .collect();
        for (at, state) in measured {
            if let Some(at) = at {
                state.set(at);
            }
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(frame.unchecked_ref());
    }
}
