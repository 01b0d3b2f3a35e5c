//! Browser services the view uses: fetching, dates through `Intl`, the clock, and a note of
//! which card is rendering.
//! Everything here converts JS failures into typed values; nothing here knows about Yew.

pub mod clock;
pub mod fetch;
pub mod intl;
pub mod js_json;
pub mod rendering;
