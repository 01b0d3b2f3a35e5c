//! Dates in the reader's language, through the browser's `Intl`. Natively (Yew's server
//! renderer: `news-card render`, tests/markup.rs) there is no `Intl`: dates come from
//! `native_dates`, Chromium's own formats for the widget's languages (the model's English
//! without a locale), days are counted in UTC, and there is no tooltip of the exact moment.
//!
//! `Intl` throws on a locale it rejects; the JS below catches that and returns `null`, and the
//! caller falls back to the model's English. The result is made a string inside the `try`, so
//! a page that replaced `Intl` cannot make the glue's conversion throw into the wasm either.

use chrono::{DateTime, Datelike, FixedOffset, Offset, Utc};
#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::*;

use crate::model::date::{self, Relative, Timestamp, Unit};

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen(inline_js = r#"
// Formatters by kind and locale: making one costs about as much as a card's whole render.
const formats = new Map();
function formatter(kind, locale, make) {
  const key = kind + " " + locale;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = make()));
  return format;
}
export function intl_date(locale, year, month0, day, withYear) {
  try {
    const kind = withYear ? "date" : "day";
    const options = withYear ? { dateStyle: "long", timeZone: "UTC" } : { month: "long", day: "numeric", timeZone: "UTC" };
    const format = formatter(kind, locale, () => new Intl.DateTimeFormat(locale, options));
    // setUTCFullYear, because Date.UTC reads years 0 to 99 as 1900 to 1999.
    const date = new Date(Date.UTC(2000, month0, day, 12));
    date.setUTCFullYear(year);
    return String(format.format(date));
  } catch (e) {
    return null;
  }
}
export function intl_instant(locale, millis) {
  try {
    return String(formatter("instant", locale, () => new Intl.DateTimeFormat(locale, { dateStyle: "full", timeStyle: "short" })).format(millis));
  } catch (e) {
    return null;
  }
}
export function local_offset_minutes(millis) {
  const minutes = -new Date(millis).getTimezoneOffset();
  return Number.isFinite(minutes) ? minutes : 0;
}
export function intl_relative(locale, count, unit) {
  try {
    return String(formatter("relative", locale, () => new Intl.RelativeTimeFormat(locale, { numeric: "auto" })).format(count, unit));
  } catch (e) {
    return null;
  }
}
"#)]
extern "C" {
    fn intl_date(locale: &str, year: i32, month0: u32, day: u32, with_year: bool)
        -> Option<String>;
    fn intl_instant(locale: &str, millis: f64) -> Option<String>;
    fn local_offset_minutes(millis: f64) -> i32;
    fn intl_relative(locale: &str, count: f64, unit: &str) -> Option<String>;
}

#[cfg(not(target_arch = "wasm32"))]
fn intl_date(locale: &str, year: i32, month0: u32, day: u32, with_year: bool) -> Option<String> {
    super::native_dates::format(locale, year, month0, day, with_year)
}

#[cfg(not(target_arch = "wasm32"))]
fn intl_instant(_: &str, _: f64) -> Option<String> {
    None
}

#[cfg(not(target_arch = "wasm32"))]
fn local_offset_minutes(_: f64) -> i32 {
    0
}

#[cfg(not(target_arch = "wasm32"))]
fn intl_relative(_: &str, _: f64, _: &str) -> Option<String> {
    None
}

/// The article's own calendar date in `locale` ("5 June 2021", "5. Juni 2021"); English
/// without a locale or when the browser rejects it.
pub fn absolute(at: &Timestamp, locale: Option<&str>) -> String {
    locale
        .and_then(|l| intl_date(l, at.year(), at.month0(), at.day(), true))
        .unwrap_or_else(|| date::absolute(at))
}

/// The day and month alone in `locale` ("June 9", "9. Juni"); English as the fallback.
pub fn day_month(at: &Timestamp, locale: Option<&str>) -> String {
    locale
        .and_then(|l| intl_date(l, at.year(), at.month0(), at.day(), false))
        .unwrap_or_else(|| date::day_month(at))
}

/// The exact moment in the reader's time zone, e.g. "Saturday, 5 June 2021 at 15:56", for a
/// tooltip; `None` where `Intl` refuses.
pub fn instant(at: &Timestamp, locale: Option<&str>) -> Option<String> {
    intl_instant(locale.unwrap_or("en"), at.timestamp_millis() as f64)
}

/// How long ago, in `locale` ("5 years ago", "vor 5 Jahren"); English as the fallback. Days
/// are counted on the reader's own calendar.
pub fn relative(at: &Timestamp, now: DateTime<Utc>, locale: Option<&str>) -> String {
    let offset = local_offset_minutes(now.timestamp_millis() as f64).saturating_mul(60);
    let local = FixedOffset::east_opt(offset).unwrap_or(Utc.fix());
    let rel = date::relative_in(at, now, local);
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
