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
/// in milliseconds (read by the browser, which parses its HTTP dates); `jitter` is a random number in `[0, 1)`, which spreads
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

    #[test]
    fn retry_after_is_honoured_up_to_the_cap() {
        let e = LoadError::Http { status: 429 };
        assert_eq!(delay_ms(&e, 1, Some(2_000), 0.9), Some(2_000));
        assert_eq!(delay_ms(&e, 1, Some(MAX_DELAY_MS + 1), 0.9), None);
    }
}
