//! When a failed fetch is tried again on its own: which failures, how often, and how long to
//! wait. Pure: the caller passes the random jitter.

use crate::model::load::LoadError;

/// Most tries of one load, the first included.
pub const MAX_ATTEMPTS: u32 = 3;
/// The wait before the first retry; each later retry waits twice as long (before jitter).
pub const BASE_DELAY_MS: u32 = 600;
/// The longest a card waits before a retry. A server asking (with `Retry-After`) for longer
/// than this gets no automatic retry: the reader sees the error panel instead.
pub const MAX_DELAY_MS: u32 = 10_000;

/// Whether `error` is transient: network failures, time-outs, 5xx and 429.
pub fn is_transient(error: &LoadError) -> bool {
    matches!(
        error,
        LoadError::Network
            | LoadError::Timeout
            | LoadError::Server { .. }
            | LoadError::Http { status: 429 }
    )
}

/// How long to wait before try number `attempt + 1`, after try `attempt` (1-based) failed with
/// `error`; `None` when it is not tried again. `retry_after_ms` is the server's `Retry-After`
/// in milliseconds ([`retry_after_ms`]); `jitter` is a random number in `[0, 1)`, which spreads
/// the retries of many cards so they do not hit a struggling server all at once.
pub fn delay_ms(
    error: &LoadError,
    attempt: u32,
    retry_after_ms: Option<u32>,
    jitter: f64,
) -> Option<u32> {
    if !is_transient(error) || attempt >= MAX_ATTEMPTS {
        return None;
    }
    if let Some(asked) = retry_after_ms {
        return (asked <= MAX_DELAY_MS).then_some(asked);
    }
    let doubling = 1u32
        .checked_shl(attempt.saturating_sub(1))
        .unwrap_or(u32::MAX);
    let backoff = f64::from(BASE_DELAY_MS.saturating_mul(doubling));
    // "Equal jitter": between half and all of the backoff.
    let jitter = if jitter.is_finite() {
        jitter.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let wait = backoff * (0.5 + jitter / 2.0);
    Some((wait as u32).min(MAX_DELAY_MS))
}

/// The server's `Retry-After` header as milliseconds from `now_ms` (ms since 1970): whole
/// seconds ("120"), or an HTTP date, which `http_date` reads into ms since 1970 (the browser's
/// `Date.parse` in the widget: it reads the three forms HTTP allows); `None` for anything else.
/// A date gone by is 0; more than a `u32` holds saturates (never retried).
pub fn retry_after_ms(
    header: &str,
    now_ms: f64,
    http_date: impl FnOnce(&str) -> Option<f64>,
) -> Option<u32> {
    let text = header.trim_ascii();
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        // Digits only: a parse can fail only by overflowing.
        let seconds = text.parse::<usize>().unwrap_or(usize::MAX);
        return Some(
            u32::try_from(seconds)
                .unwrap_or(u32::MAX)
                .saturating_mul(1000),
        );
    }
    // A bare number with a sign or a point is no date, whatever a lenient parser makes of it.
    if text.is_empty()
        || text
            .bytes()
            .all(|b| b.is_ascii_digit() || b"+-.".contains(&b))
    {
        return None;
    }
    let wait = http_date(text)? - now_ms;
    // `as` saturates: NaN is 0, more than u32::MAX is u32::MAX.
    Some(wait.max(0.0) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_transient_failures_are_retried() {
        let cases = [
            (LoadError::Network, true),
            (LoadError::Timeout, true),
            (LoadError::Server { status: 503 }, true),
            (LoadError::Http { status: 429 }, true),
            (LoadError::Http { status: 401 }, false),
            (LoadError::Blocked, false),
            (LoadError::NotFound { status: 404 }, false),
            (LoadError::TooLarge, false),
            (LoadError::NotJson, false),
            (LoadError::BadSource, false),
        ];
        for (error, retried) in cases {
            assert_eq!(
                delay_ms(&error, 1, None, 0.5).is_some(),
                retried,
                "{error:?}"
            );
        }
    }

    #[test]
    fn backoff_doubles_with_jitter_and_stops_after_the_last_attempt() {
        let e = LoadError::Server { status: 503 };
        assert_eq!(delay_ms(&e, 1, None, 0.0), Some(300));
        assert_eq!(delay_ms(&e, 1, None, 1.0), Some(600));
        assert_eq!(delay_ms(&e, 2, None, 0.0), Some(600));
        assert_eq!(delay_ms(&e, 2, None, 0.99), Some(1194));
        assert_eq!(delay_ms(&e, MAX_ATTEMPTS, None, 0.5), None);
        assert_eq!(delay_ms(&e, 1, None, f64::NAN), Some(300));
    }

    /// An IMF-fixdate reader for the tests, as chrono reads RFC 2822 (the browser's
    /// `Date.parse` stands in the widget).
    fn imf(text: &str) -> Option<f64> {
        chrono::DateTime::parse_from_rfc2822(text)
            .ok()
            .map(|at| at.timestamp_millis() as f64)
    }

    #[test]
    fn retry_after_reads_seconds_and_http_dates() {
        let now = 1_795_694_400_000.0; // 2026-11-26T12:00:00Z
        let cases = [
            ("120", Some(120_000)),
            (" 5 ", Some(5_000)),
            ("0", Some(0)),
            ("99999999999999999999999", Some(u32::MAX)),
            ("5000000", Some(u32::MAX)),
            ("4294967", Some(4_294_967_000)),
            ("Thu, 26 Nov 2026 12:00:02 GMT", Some(2_000)),
            ("Thu, 26 Nov 2026 11:00:00 GMT", Some(0)),
            ("Fri, 27 Nov 2026 12:00:00 GMT", Some(86_400_000)),
            ("Thu, 31 Nov 2026 12:00:02 GMT", None),
            ("Sat, 26 Nov 2095 12:00:00 GMT", Some(u32::MAX)),
            ("-5", None),
            ("+5", None),
            ("1.5", None),
            ("", None),
            ("soon", None),
        ];
        for (header, expected) in cases {
            assert_eq!(retry_after_ms(header, now, imf), expected, "{header:?}");
        }
        // A parser that reads numbers as years is never asked about one.
        let any_number_is_a_date = |_: &str| Some(now + 1_000.0);
        assert_eq!(retry_after_ms("-5", now, any_number_is_a_date), None);
        assert_eq!(
            retry_after_ms("2027", now, any_number_is_a_date),
            Some(2_027_000)
        );
    }

    #[test]
    fn retry_after_is_honoured_up_to_the_cap() {
        let e = LoadError::Http { status: 429 };
        assert_eq!(delay_ms(&e, 1, Some(2_000), 0.9), Some(2_000));
        assert_eq!(delay_ms(&e, 1, Some(MAX_DELAY_MS + 1), 0.9), None);
    }
}
