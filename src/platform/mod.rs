//! The thin platform edge: everything that touches the browser outside Yew's own rendering.
//! Fetching, mounting cards into shadow roots, the stylesheet, and the clock.

pub mod clock;
pub mod fetch;
pub mod mount;
pub mod style;
