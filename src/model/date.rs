//! Publication dates: parsing RFC 3339 and saying them in words.
//!
//! "Now" is always a parameter: the model never reads a clock, so relative dates are testable.

use chrono::{DateTime, Datelike, FixedOffset, Utc};

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
    let month = MONTHS
        .get(at.month0() as usize)
        .copied()
        .unwrap_or_default();
    format!("{} {month} {}", at.day(), at.year())
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

/// Rounds the distance from `now` to `at` to one unit.
pub fn relative(at: &Timestamp, now: DateTime<Utc>) -> Relative {
    let seconds = at
        .with_timezone(&Utc)
        .signed_duration_since(now)
        .num_seconds();
    let sign = seconds.signum();
    let secs = seconds.unsigned_abs() as i64;
    let (count, unit) = match secs {
        s if s < 45 => return Relative::Now,
        s if s < 45 * 60 => (s.saturating_add(30) / 60, Unit::Minute),
        s if s < 22 * 3600 => (s.saturating_add(1800) / 3600, Unit::Hour),
        s if s < 26 * 86_400 => (s.saturating_add(43_200) / 86_400, Unit::Day),
        s if s < 320 * 86_400 => ((s / 86_400).saturating_add(15) / 30, Unit::Month),
        s => ((s / 86_400).saturating_add(182) / 365, Unit::Year),
    };
    Relative::Span {
        count: sign.saturating_mul(count.max(1)),
        unit,
    }
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
        if count < 0 {
            format!("{n} {name}{plural} ago")
        } else {
            format!("in {n} {name}{plural}")
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
        ];
        for (at, words) in cases {
            assert_eq!(
                relative(&parse(at).unwrap(), now()).english(),
                words,
                "{at}"
            );
        }
    }
}
