//! When and how long to wait before repeating a failed request.

use std::time::{Duration, SystemTime};

use reqwest::header::{self, HeaderMap};

/// When and how failed requests are retried.
///
/// A request is retried when
/// - the connection could not be established (refused, DNS failure, connect timeout): the
///   request was not sent, so this is safe for every operation;
/// - the response status is one of the retried statuses (default 429, 502, 503 and 504), for
///   every operation: these statuses usually mean the request was not processed. Servers that
///   deduplicate by id, such as event ingestion APIs, make retrying even non-idempotent calls
///   safe. Use [`RetryPolicy::none`] (per client, or per call with
///   [`RequestOptions::retry`](super::RequestOptions::retry)) where a duplicate would be
///   harmful;
/// - the request timed out or the connection failed after the request was sent, only for
///   idempotent operations (GET, HEAD, PUT, DELETE, OPTIONS): a POST that timed out may have
///   been processed, so it is reported as [`Error::Timeout`](super::Error::Timeout) instead.
///
/// Requests whose body cannot be replayed (streamed uploads) are never retried. JSON, form
/// and multipart bodies are buffered, so they are replayed as sent.
///
/// The delay before retry `n` (0-based) is random in `0..=min(max_delay, base_delay * 2^n)`
/// ("full jitter"). A `Retry-After` response header (seconds or HTTP date) replaces it, capped
/// at `max_delay`. When retries are exhausted the last response or error is returned.
///
/// ```no_run
/// use std::time::Duration;
/// # use togai_codegen_runtime::example as my_api;
/// use my_api::{Client, RetryPolicy};
///
/// # fn main() -> my_api::Result<()> {
/// let client = Client::builder()
///     .retry(
///         RetryPolicy::default()
///             .max_retries(5)
///             .base_delay(Duration::from_millis(100))
///             .max_delay(Duration::from_secs(5)),
///     )
///     .build()?;
/// # let _ = client; Ok(()) }
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[must_use]
pub struct RetryPolicy {
    pub(super) max_retries: u32,
    base_delay: Duration,
    max_delay: Duration,
    pub(super) statuses: Vec<u16>,
}

impl Default for RetryPolicy {
    /// 3 retries, 200 ms base delay, 10 s maximum delay, retrying 429, 502, 503 and 504.
    fn default() -> Self {
        RetryPolicy {
            max_retries: 3,
            base_delay: Duration::from_millis(200),
            max_delay: Duration::from_secs(10),
            statuses: vec![429, 502, 503, 504],
        }
    }
}

impl RetryPolicy {
    /// Never retry.
    pub fn none() -> Self {
        RetryPolicy {
            max_retries: 0,
            ..RetryPolicy::default()
        }
    }

    /// Retries after the first attempt (so at most `n + 1` requests).
    pub fn max_retries(mut self, n: u32) -> Self {
        self.max_retries = n;
        self
    }

    /// Upper bound of the first retry's delay; doubled for each further retry.
    pub fn base_delay(mut self, delay: Duration) -> Self {
        self.base_delay = delay;
        self
    }

    /// Upper bound of any delay, including one asked for by `Retry-After`.
    pub fn max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// Response statuses that are retried, replacing the default 429, 502, 503 and 504.
    pub fn retry_on_status(mut self, statuses: impl IntoIterator<Item = u16>) -> Self {
        self.statuses = statuses.into_iter().collect();
        self
    }

    /// Delay before retry `retry` (0-based), or `retry_after` capped at `max_delay`.
    pub(super) fn delay(&self, retry: u32, retry_after: Option<Duration>) -> Duration {
        if let Some(wait) = retry_after {
            return wait.min(self.max_delay);
        }
        let ceiling = self
            .base_delay
            .saturating_mul(2u32.saturating_pow(retry))
            .min(self.max_delay);
        Duration::from_nanos(fastrand::u64(
            0..=u64::try_from(ceiling.as_nanos()).unwrap_or(u64::MAX),
        ))
    }
}

/// `Retry-After` as delta-seconds (fractions tolerated) or an HTTP date.
pub(super) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(header::RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(secs) = value.parse::<f64>() {
        return Duration::try_from_secs_f64(secs).ok();
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(
        at.duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

#[cfg(test)]
mod tests {
    use reqwest::header::HeaderValue;

    use super::*;

    const MS: Duration = Duration::from_millis(1);

    fn policy() -> RetryPolicy {
        RetryPolicy::default()
            .base_delay(100 * MS)
            .max_delay(1000 * MS)
    }

    /// The largest of many delays before retry `retry`.
    fn largest_delay(policy: &RetryPolicy, retry: u32) -> Duration {
        (0..400).map(|_| policy.delay(retry, None)).max().unwrap()
    }

    fn headers(retry_after: &'static str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::RETRY_AFTER, HeaderValue::from_static(retry_after));
        headers
    }

    #[test]
    fn jittered_delay_stays_within_base_times_two_to_the_retry() {
        let policy = policy();
        for (retry, ceiling) in [(0, 100 * MS), (1, 200 * MS), (2, 400 * MS)] {
            let largest = largest_delay(&policy, retry);
            assert!(largest <= ceiling, "retry {retry}: {largest:?}");
            // Full jitter over the doubled range: some delay exceeds the previous ceiling.
            assert!(largest > ceiling / 2, "retry {retry}: {largest:?}");
        }
    }

    #[test]
    fn jittered_delay_is_capped_at_max_delay_even_for_huge_retry_counts() {
        let policy = policy();
        for retry in [4, 31, 32, 1000, u32::MAX] {
            let largest = largest_delay(&policy, retry);
            assert!(largest <= 1000 * MS, "retry {retry}: {largest:?}");
            assert!(largest > 500 * MS, "retry {retry}: {largest:?}");
        }
    }

    #[test]
    fn zero_base_delay_never_waits() {
        let policy = RetryPolicy::default().base_delay(Duration::ZERO);
        assert_eq!(largest_delay(&policy, 3), Duration::ZERO);
    }

    #[test]
    fn retry_after_replaces_the_jitter_and_is_capped_at_max_delay() {
        let policy = policy();
        assert_eq!(policy.delay(0, Some(700 * MS)), 700 * MS);
        assert_eq!(policy.delay(5, Some(Duration::ZERO)), Duration::ZERO);
        assert_eq!(policy.delay(0, Some(Duration::from_secs(3600))), 1000 * MS);
    }

    #[test]
    fn retry_after_reads_delta_seconds_with_fractions() {
        assert_eq!(retry_after(&headers("5")), Some(Duration::from_secs(5)));
        assert_eq!(retry_after(&headers(" 1.5 ")), Some(1500 * MS));
        assert_eq!(retry_after(&headers("0")), Some(Duration::ZERO));
    }

    #[test]
    fn retry_after_reads_an_http_date() {
        let at = SystemTime::now() + Duration::from_secs(60);
        let value = HeaderValue::from_str(&httpdate::fmt_http_date(at)).unwrap();
        let mut headers = HeaderMap::new();
        headers.insert(header::RETRY_AFTER, value);
        let wait = retry_after(&headers).unwrap();
        // HTTP dates have whole seconds.
        assert!(
            wait > Duration::from_secs(58) && wait <= Duration::from_secs(60),
            "{wait:?}"
        );
    }

    #[test]
    fn retry_after_in_the_past_is_no_wait() {
        let headers = headers("Sun, 06 Nov 1994 08:49:37 GMT");
        assert_eq!(retry_after(&headers), Some(Duration::ZERO));
    }

    #[test]
    fn retry_after_garbage_negative_or_absent_is_none() {
        assert_eq!(retry_after(&headers("soon")), None);
        assert_eq!(retry_after(&headers("-1")), None);
        assert_eq!(retry_after(&headers("")), None);
        assert_eq!(retry_after(&HeaderMap::new()), None);
    }

    #[test]
    fn none_never_retries_and_keeps_the_default_statuses() {
        let none = RetryPolicy::none();
        assert_eq!(none.max_retries, 0);
        assert_eq!(none.statuses, [429, 502, 503, 504]);
        let custom = RetryPolicy::default().retry_on_status([500]);
        assert_eq!(custom.statuses, [500]);
    }
}
