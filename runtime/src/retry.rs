//! When and how long to wait before repeating a failed request.

use std::time::{Duration, SystemTime};

use reqwest::header::{self, HeaderMap};

/// When and how failed requests are retried: what is retried depends on whether the request is
/// *retry-safe*, so that a retry never makes the server do something twice.
///
/// A request is **retry-safe** when its operation's method is idempotent (GET, HEAD, PUT,
/// DELETE, OPTIONS, TRACE), when the generator's settings declare the operation retry-safe
/// (an API that deduplicates by id, such as event ingestion), or when it carries an idempotency
/// key that the settings name (such as a body's `idempotencyKey`). Each operation's
/// documentation says which class it is in. Every other request (a POST that creates a payment,
/// say) is **not retry-safe**.
///
/// | failure | not retry-safe | retry-safe |
/// | --- | --- | --- |
/// | connection refused or not established (connect error, connect timeout) | retried | retried |
/// | 429 Too Many Requests, 503 Service Unavailable | retried | retried |
/// | 502 Bad Gateway, 504 Gateway Timeout, other [`retry_on_status`](Self::retry_on_status) statuses | not retried | retried |
/// | timeout, connection lost after the request was sent, response cut short | not retried | retried |
///
/// A request that is not retry-safe is retried only when the server cannot have processed it:
/// the connection was never made, or the server said it did not take it (429 and 503, if they
/// are among the retried statuses). A 502 or a 504 comes from a gateway and may come after the
/// origin processed the request, so a payment answered 502 is sent exactly once and the call
/// fails with [`Error::Api`](super::Error::Api): check its outcome before sending it again.
///
/// Requests whose body cannot be replayed (streamed uploads) are never retried. JSON, form
/// and multipart bodies are buffered, so they are replayed as sent.
///
/// The delay before retry `n` (0-based) is random in `0..=min(max_delay, base_delay * 2^n)`
/// ("full jitter"). A `Retry-After` response header (seconds or HTTP date) replaces it and is
/// honoured exactly. When it asks for longer than [`max_delay`](Self::max_delay), or for longer
/// than the call's deadline leaves ([`RequestOptions::deadline`](super::RequestOptions::deadline)),
/// the call is not retried: it fails at once with the [`Error::Api`](super::Error::Api) of that
/// response, whose [`retry_after`](super::ApiError::retry_after) says how long the server asked
/// to wait. A `Retry-After` that is neither seconds nor a date is ignored. When retries are
/// exhausted the last response or error is returned.
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

    /// Upper bound of any delay. A `Retry-After` that asks for longer is not waited for: the
    /// call fails with that response instead (see [`RetryPolicy`]).
    pub fn max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// Response statuses that are retried, replacing the default 429, 502, 503 and 504. Requests
    /// that are not retry-safe are retried only on 429 and 503 among them.
    pub fn retry_on_status(mut self, statuses: impl IntoIterator<Item = u16>) -> Self {
        self.statuses = statuses.into_iter().collect();
        self
    }

    /// Whether a response with `status` is retried, for a request that is `retry_safe` or not.
    pub(super) fn retries_status(&self, status: u16, retry_safe: bool) -> bool {
        self.statuses.contains(&status) && (retry_safe || NOT_PROCESSED.contains(&status))
    }

    /// The wait before retry `retry` (0-based): `retry_after` exactly when the server sent one,
    /// unless it is longer than `max_delay`; else the jittered backoff.
    pub(super) fn wait(&self, retry: u32, retry_after: Option<Duration>) -> Wait {
        match retry_after {
            Some(wait) if wait > self.max_delay => Wait::TooLong(wait),
            Some(wait) => Wait::For(wait),
            None => Wait::For(self.backoff(retry)),
        }
    }

    /// The jittered delay before retry `retry` (0-based).
    pub(super) fn backoff(&self, retry: u32) -> Duration {
        let ceiling = self
            .base_delay
            .saturating_mul(2u32.saturating_pow(retry))
            .min(self.max_delay);
        Duration::from_nanos(fastrand::u64(
            0..=u64::try_from(ceiling.as_nanos()).unwrap_or(u64::MAX),
        ))
    }
}

/// Statuses by which a server says it did not process a request: retried whatever the request.
const NOT_PROCESSED: [u16; 2] = [429, 503];

/// How long to wait before a retry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Wait {
    /// Wait this long, then retry.
    For(Duration),
    /// The server asked for a longer wait than the policy allows: do not retry.
    TooLong(Duration),
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
        (0..400).map(|_| policy.backoff(retry)).max().unwrap()
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
    fn retry_after_is_waited_for_exactly_unless_longer_than_max_delay() {
        let policy = policy();
        assert_eq!(policy.wait(0, Some(700 * MS)), Wait::For(700 * MS));
        assert_eq!(
            policy.wait(5, Some(Duration::ZERO)),
            Wait::For(Duration::ZERO)
        );
        assert_eq!(policy.wait(0, Some(1000 * MS)), Wait::For(1000 * MS));
        let hour = Duration::from_secs(3600);
        assert_eq!(policy.wait(0, Some(hour)), Wait::TooLong(hour));
        match policy.wait(2, None) {
            Wait::For(wait) => assert!(wait <= 400 * MS, "{wait:?}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn requests_that_are_not_retry_safe_are_retried_only_on_429_and_503() {
        let policy = RetryPolicy::default();
        for status in [429, 503] {
            assert!(policy.retries_status(status, false), "{status}");
            assert!(policy.retries_status(status, true), "{status}");
        }
        for status in [502, 504] {
            assert!(!policy.retries_status(status, false), "{status}");
            assert!(policy.retries_status(status, true), "{status}");
        }
        for status in [400, 401, 404, 500] {
            assert!(!policy.retries_status(status, true), "{status}");
        }
        // Only among the policy's statuses.
        let custom = RetryPolicy::default().retry_on_status([500, 502]);
        assert!(!custom.retries_status(503, false) && !custom.retries_status(429, true));
        assert!(custom.retries_status(500, true) && !custom.retries_status(500, false));
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
