//! Browser services the view uses: fetching, dates through `Intl`, the clock, a note of which
//! card the wasm works for (blamed for a crash), and the carousel track's layout.
//! Everything here converts JS failures into typed values; nothing here knows about Yew.

//! `fetch` and `js_json` exist in the browser only; the rest also compiles natively, where
//! `intl` writes dates from `native_dates` and nothing calls `clock` or `rendering`.

pub mod clock;
#[cfg(target_arch = "wasm32")]
pub mod fetch;
pub mod intl;
#[cfg(target_arch = "wasm32")]
pub mod js_json;
#[cfg(not(target_arch = "wasm32"))]
mod native_dates;
pub mod rendering;
pub mod track;
