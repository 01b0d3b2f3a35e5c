//! The one place that reads the wall clock; the model takes "now" as a parameter.

use chrono::{DateTime, Utc};

/// The current time from the browser.
pub fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(now_ms() as i64).unwrap_or_default()
}

/// The current time from the browser, in milliseconds since 1970.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}
