//! The carousel's track as laid out: its measurements, and scrolling it. The only layout
//! reads and writes of the card; a track without slides measures as nothing.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::model::carousel::Metrics;

/// The track's slides, as laid out.
fn slides(track: &Element) -> Vec<HtmlElement> {
    let children = track.children();
    (0..children.length())
        .filter_map(|i| children.item(i))
        .filter_map(|e| e.dyn_into::<HtmlElement>().ok())
        .collect()
}

/// The track's measurements now; `None` without slides.
pub fn metrics(track: &Element) -> Option<Metrics> {
    let slides = slides(track);
    let first = slides.first()?;
    let step = match slides.get(1) {
        Some(second) => second.offset_left().saturating_sub(first.offset_left()),
        None => first.offset_width(),
    };
    Some(Metrics {
        view: f64::from(track.client_width()),
        scroll_width: f64::from(track.scroll_width()),
        step: f64::from(step),
        slide: f64::from(first.offset_width()),
        scroll_left: f64::from(track.scroll_left()),
    })
}

/// Each slide's offset from the first (negative in a right-to-left track).
pub fn offsets(track: &Element) -> Vec<f64> {
    let slides = slides(track);
    let start = slides.first().map_or(0, |s| s.offset_left());
    slides
        .iter()
        .map(|s| f64::from(s.offset_left().saturating_sub(start)))
        .collect()
}

/// Scrolls the track to `left` (smoothly, unless the reader asked for reduced motion: the
/// stylesheet decides).
pub fn scroll_to(track: &Element, left: f64) {
    track.set_scroll_left(left as i32);
}

/// The index of the slide that holds `node`, if any.
pub fn slide_of(track: &Element, node: &Element) -> Option<usize> {
    let slide = node.closest(".slide").ok().flatten()?;
    slides(track)
        .iter()
        .position(|s| s.is_same_node(Some(&slide)))
}
