//! `<Carousel>`: related stories in a horizontally scrolling track with previous/next buttons.
//!
//! The track is a native scroller (touch, trackpad and keyboard scrolling work as usual, with
//! CSS scroll snapping); the buttons scroll it one slide, and scrolling updates the position.
//! While a button's smooth scroll is under way, the scroll events it fires pass through slides
//! in between; they are ignored until the track reports the slide the button aimed at, so the
//! position does not flicker. Known gap: when that slide cannot reach the start edge (the last
//! slides already fit), the track never reports it, and the readout steps on while the track
//! stays put; the carousel rework in the accessibility issue replaces this.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::model::carousel::Carousel as Position;
use crate::view::context::use_card;
use crate::view::related_list::RelatedProps;
use crate::view::slide::Slide;

#[component]
pub fn Carousel(props: &RelatedProps) -> Html {
    use_card();
    let len = props.stories.len();
    let position = use_state(|| Position::new(len));
    let track = use_node_ref();
    // The slide a button is scrolling to, until the track gets there.
    let heading_to = use_mut_ref(|| None::<usize>);

    // Moves by `step` from where the track is going (or is): two quick clicks move two slides.
    let go = {
        let position = position.clone();
        let track = track.clone();
        let heading_to = heading_to.clone();
        let at = *position;
        Callback::from(move |step: fn(Position) -> Position| {
            let from = heading_to.borrow().map_or(at, |i| at.go(i));
            let to = step(from);
            *heading_to.borrow_mut() = Some(to.index());
            scroll_to_slide(&track, to.index());
            position.set(to);
        })
    };
    let on_prev = go.reform(|_: MouseEvent| Position::prev as fn(Position) -> Position);
    let on_next = go.reform(|_: MouseEvent| Position::next as fn(Position) -> Position);
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
                    if at != *position {
                        position.set(at);
                    }
                }
            }
        })
    };

    html! {
        <section class="related" part="related" aria-roledescription="carousel" aria-label="Related stories">
            <div class="related-head">
                <h3 class="related-title">{ "Related stories" }</h3>
                if len > 1 {
                    <span class="position" aria-live="polite">{ position.position() }</span>
                    <button type="button" class="nav prev" part="carousel-button"
                            aria-label="Previous story" disabled={!position.can_prev()}
                            onclick={on_prev}>{ "‹" }</button>
                    <button type="button" class="nav next" part="carousel-button"
                            aria-label="Next story" disabled={!position.can_next()}
                            onclick={on_next}>{ "›" }</button>
                }
            </div>
            <ul class="track" ref={track} onscroll={on_scroll}>
                { for props.stories.iter().enumerate().map(|(i, story)| html! {
                    <Slide story={story.clone()}
                           label={AttrValue::from(format!("{} of {len}", i.saturating_add(1)))} />
                }) }
            </ul>
        </section>
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

/// Scrolls the track so that slide `index` is at its start edge.
fn scroll_to_slide(track: &NodeRef, index: usize) {
    if let Some((track, slides)) = slides(track) {
        if let (Some(first), Some(slide)) = (slides.first(), slides.get(index)) {
            track.set_scroll_left(slide.offset_left().saturating_sub(first.offset_left()));
        }
    }
}

/// The slide nearest the track's scroll position; the last one when scrolled to the end
/// (where the last slides may all be visible without reaching the start edge).
fn position_from_scroll(track: &NodeRef, at: Position) -> Option<Position> {
    let (track, slides) = slides(track)?;
    let left = f64::from(track.scroll_left());
    if left + f64::from(track.client_width()) >= f64::from(track.scroll_width()) - 2.0 {
        return Some(at.go(usize::MAX));
    }
    let step = match (slides.first(), slides.get(1)) {
        (Some(a), Some(b)) => f64::from(b.offset_left().saturating_sub(a.offset_left())),
        (Some(a), None) => f64::from(a.offset_width()),
        _ => return None,
    };
    Some(at.at_offset(left, step))
}
