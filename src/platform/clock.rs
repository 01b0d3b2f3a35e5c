//! The one place that reads the wall clock; the model takes "now" as a parameter.

use chrono::{DateTime, Utc};

/// The current time from the browser.
pub fn now() -> DateTime<Utc> {
    let millis = js_sys::Date::now();
    DateTime::from_timestamp_millis(millis as i64).unwrap_or_default()
}
