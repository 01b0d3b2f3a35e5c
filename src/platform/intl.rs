//! Dates in the reader's language, through the browser's `Intl`.
//!
//! `Intl` throws on a locale it rejects; the JS below catches that and returns `null`, and the
//! caller falls back to the model's English. The result is made a string inside the `try`, so
//! a page that replaced `Intl` cannot make the glue's conversion throw into the wasm either.

use chrono::{DateTime, Datelike, Utc};
use wasm_bindgen::prelude::*;

use crate::model::date::{self, Relative, Timestamp, Unit};

#[wasm_bindgen(inline_js = r#"
export function intl_date(locale, year, month0, day) {
  try {
    const format = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
    return String(format.format(Date.UTC(year, month0, day, 12)));
  } catch (e) {
    return null;
  }
}
export function intl_relative(locale, count, unit) {
  try {
    return String(new Intl.RelativeTimeFormat(locale, { numeric: "auto" }).format(count, unit));
  } catch (e) {
    return null;
  }
}
"#)]
extern "C" {
    fn intl_date(locale: &str, year: i32, month0: u32, day: u32) -> Option<String>;
    fn intl_relative(locale: &str, count: f64, unit: &str) -> Option<String>;
}

/// The article's own calendar date in `locale` ("5 June 2021", "5. Juni 2021"); English
/// without a locale or when the browser rejects it.
pub fn absolute(at: &Timestamp, locale: Option<&str>) -> String {
    locale
        .and_then(|l| intl_date(l, at.year(), at.month0(), at.day()))
        .unwrap_or_else(|| date::absolute(at))
}

/// How long ago, in `locale` ("5 years ago", "vor 5 Jahren"); English as the fallback.
pub fn relative(at: &Timestamp, now: DateTime<Utc>, locale: Option<&str>) -> String {
    let rel = date::relative(at, now);
    let (count, unit) = match rel {
        Relative::Now => (0, "second"),
        Relative::Span { count, unit } => (
            count,
            match unit {
                Unit::Minute => "minute",
                Unit::Hour => "hour",
                Unit::Day => "day",
                Unit::Month => "month",
                Unit::Year => "year",
            },
        ),
    };
    locale
        .and_then(|l| intl_relative(l, count as f64, unit))
        .unwrap_or_else(|| rel.english())
}
