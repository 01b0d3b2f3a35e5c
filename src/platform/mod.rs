//! Browser services the view uses: fetching, dates through `Intl`, and the clock.
//! Everything here converts JS failures into typed values; nothing here knows about Yew.

pub mod clock;
pub mod fetch;
pub mod intl;
