//! Publication dates: parsing RFC 3339 and saying them in words.
//!
//! "Now" is always a parameter: the model never reads a clock, so relative dates are testable.

use chrono::{DateTime, Datelike, FixedOffset, Offset, Utc};

use crate::model::text::decimal;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A timestamp as the article wrote it, offset included.
pub type Timestamp = DateTime<FixedOffset>;

/// Parses an RFC 3339 timestamp with any offset (`2021-06-05T14:56:00Z`, `...+02:00`).
pub fn parse(text: &str) -> Option<Timestamp> {
    DateTime::parse_from_rfc3339(text.trim()).ok()
}

/// The calendar date in the article's own offset, e.g. "5 June 2021".
pub fn absolute(at: &Timestamp) -> String {
    let year = decimal(u64::try_from(at.year()).unwrap_or_default());
    [day_month(at).as_str(), " ", &year].concat()
}

/// The day and month in the article's own offset, e.g. "9 June": an update in the year the
/// story was published, which the byline's date already says.
pub fn day_month(at: &Timestamp) -> String {
    let month = MONTHS
        .get(at.month0() as usize)
        .copied()
        .unwrap_or_default();
    [decimal(u64::from(at.day())).as_str(), " ", month].concat()
}

/// The value for a `<time datetime>` attribute, e.g. "2021-06-05T14:56:00Z".
pub fn machine(at: &Timestamp) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
}

/// A unit of [`Relative`] time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Minute,
    Hour,
    Day,
    Month,
    Year,
}

/// How far a moment is from now, rounded the way people speak: negative is the past.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relative {
    /// Within a minute either way.
    Now,
    /// `count` units, negative for the past.
    Span { count: i64, unit: Unit },
}

/// Rounds the distance from `now` to `at` to one unit, with days counted on the UTC calendar.
pub fn relative(at: &Timestamp, now: DateTime<Utc>) -> Relative {
    relative_in(at, now, Utc.fix())
}

/// Rounds the distance from `now` to `at` to one unit. Days are calendar days where the
/// reader is (`local`), so "yesterday" is the day before today there, whatever the hour:
/// 01:00 today is "11 hours ago" at noon, never "yesterday", and 11:00 yesterday is
/// "yesterday" at 23:00, never "2 days ago".
pub fn relative_in(at: &Timestamp, now: DateTime<Utc>, local: FixedOffset) -> Relative {
    let seconds = at
        .with_timezone(&Utc)
        .signed_duration_since(now)
        .num_seconds();
    let sign = seconds.signum();
    let secs = seconds.unsigned_abs() as i64;
    let days = calendar_days(at, now, local);
    let (count, unit) = match secs {
        s if s < 45 => return Relative::Now,
        s if s < 45 * 60 => (s.saturating_add(30) / 60, Unit::Minute),
        s if s < 22 * 3600 || (s < 48 * 3600 && days == 0) => {
            (s.saturating_add(1800) / 3600, Unit::Hour)
        }
        s if s < 26 * 86_400 => (days, Unit::Day),
        s if s < 320 * 86_400 => ((s / 86_400).saturating_add(15) / 30, Unit::Month),
        s => ((s / 86_400).saturating_add(182) / 365, Unit::Year),
    };
    Relative::Span {
        count: sign.saturating_mul(count.max(1)),
        unit,
    }
}

/// `now` rounded down to the precision at which the relative words for `at` can change: the
/// minute within the first hour, ten minutes within the first day, the hour after that. Cards
/// re-render only when this moves.
pub fn tick(at: Option<&Timestamp>, now: DateTime<Utc>) -> DateTime<Utc> {
    let age = at.map_or(i64::MAX, |at| {
        now.signed_duration_since(at.with_timezone(&Utc))
            .num_seconds()
            .saturating_abs()
    });
    let step: i64 = match age {
        a if a < 3600 => 60,
        a if a < 86_400 => 600,
        _ => 3600,
    };
    let seconds = now.timestamp();
    let floored = seconds.saturating_sub(seconds.rem_euclid(step));
    DateTime::from_timestamp(floored, 0).unwrap_or(now)
}

/// How many calendar days apart `at` and `now` are, as dates where the reader is.
fn calendar_days(at: &Timestamp, now: DateTime<Utc>, local: FixedOffset) -> i64 {
    let day = |t: DateTime<FixedOffset>| i64::from(t.date_naive().num_days_from_ce());
    day(now.with_timezone(&local))
        .saturating_sub(day(at.with_timezone(&local)))
        .abs()
}

impl Relative {
    /// English words: "just now", "yesterday", "3 years ago", "in 2 days".
    pub fn english(self) -> String {
        let Relative::Span { count, unit } = self else {
            return "just now".to_owned();
        };
        let n = count.unsigned_abs();
        match (count, unit) {
            (-1, Unit::Day) => return "yesterday".to_owned(),
            (1, Unit::Day) => return "tomorrow".to_owned(),
            _ => {}
        }
        let name = match unit {
            Unit::Minute => "minute",
            Unit::Hour => "hour",
            Unit::Day => "day",
            Unit::Month => "month",
            Unit::Year => "year",
        };
        let plural = if n == 1 { "" } else { "s" };
        let n = decimal(n);
        if count < 0 {
            [&n, " ", name, plural, " ago"].concat()
        } else {
            ["in ", &n, " ", name, plural].concat()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        parse("2026-11-26T12:00:00Z").unwrap().with_timezone(&Utc)
    }

    #[test]
    fn parses_any_offset_and_refuses_non_dates() {
        assert!(parse("2021-06-05T14:56:00Z").is_some());
        assert!(parse("2021-06-05T16:56:00+02:00").is_some());
        for bad in [
            "",
            "yesterday",
            "2021-13-05T14:56:00Z",
            "2021-06-05",
            "1622904960",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn absolute_uses_the_articles_own_offset() {
        assert_eq!(
            absolute(&parse("2021-06-05T14:56:00Z").unwrap()),
            "5 June 2021"
        );
        assert_eq!(
            absolute(&parse("2019-12-31T23:30:00-05:00").unwrap()),
            "31 December 2019"
        );
        assert_eq!(
            day_month(&parse("2019-12-31T23:30:00-05:00").unwrap()),
            "31 December"
        );
        assert_eq!(
            machine(&parse("2021-06-05T14:56:00Z").unwrap()),
            "2021-06-05T14:56:00Z"
        );
    }

    #[test]
    fn relative_words_as_a_table() {
        let cases = [
            ("2026-11-26T11:59:30Z", "just now"),
            ("2026-11-26T11:55:00Z", "5 minutes ago"),
            ("2026-11-26T11:00:00Z", "1 hour ago"),
            ("2026-11-25T10:00:00Z", "yesterday"),
            ("2026-11-20T12:00:00Z", "6 days ago"),
            ("2026-09-26T12:00:00Z", "2 months ago"),
            ("2021-06-05T14:56:00Z", "5 years ago"),
            ("2019-12-17T09:39:00Z", "7 years ago"),
            ("2026-11-28T12:00:00Z", "in 2 days"),
            ("2026-11-27T12:00:00Z", "tomorrow"),
            // Calendar days, not rounded hours.
            ("2026-11-26T01:00:00Z", "11 hours ago"),
            ("2026-11-25T11:00:00Z", "yesterday"),
            ("2026-11-24T13:00:00Z", "2 days ago"),
        ];
        for (at, words) in cases {
            assert_eq!(
                relative(&parse(at).unwrap(), now()).english(),
                words,
                "{at}"
            );
        }
    }

    #[test]
    fn days_are_counted_on_the_readers_calendar() {
        let late = parse("2026-11-26T23:00:00Z").unwrap().with_timezone(&Utc);
        let at = |t: &str| parse(t).unwrap();
        let utc = Utc.fix();
        let cases = [
            (at("2026-11-25T11:00:00Z"), utc, "yesterday"),
            (at("2026-11-26T00:30:00Z"), utc, "23 hours ago"),
            (at("2026-11-24T23:30:00Z"), utc, "2 days ago"),
        ];
        for (at, local, words) in cases {
            assert_eq!(relative_in(&at, late, local).english(), words, "{at}");
        }
        // 23:00 UTC is 08:00 tomorrow in Tokyo, so 00:30 UTC today (09:30 there) was
        // yesterday for a reader in Tokyo, and earlier today in London.
        let tokyo = FixedOffset::east_opt(9 * 3600).unwrap();
        let early = at("2026-11-26T00:30:00Z");
        assert_eq!(relative_in(&early, late, tokyo).english(), "yesterday");
        assert_eq!(relative_in(&early, late, utc).english(), "23 hours ago");
    }

    #[test]
    fn the_clock_ticks_coarser_for_older_stories() {
        let now = parse("2026-11-26T12:34:56Z").unwrap().with_timezone(&Utc);
        let cases = [
            ("2026-11-26T12:30:00Z", "2026-11-26T12:34:00+00:00"),
            ("2026-11-26T08:00:00Z", "2026-11-26T12:30:00+00:00"),
            ("2021-06-05T14:56:00Z", "2026-11-26T12:00:00+00:00"),
        ];
        for (at, ticked) in cases {
            assert_eq!(tick(parse(at).as_ref(), now).to_rfc3339(), ticked, "{at}");
        }
        assert_eq!(tick(None, now).to_rfc3339(), "2026-11-26T12:00:00+00:00");
    }
}
