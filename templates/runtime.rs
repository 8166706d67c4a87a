//! HTTP runtime shared by every operation of this crate.
//!
//! The generated API modules describe each operation as a static [`Operation`] and fill a
//! [`Call`]; everything that touches the network (URL building, authentication, retries,
//! timeouts, tracing, error mapping) lives in the single non-generic [`Call::send`] so that
//! the crate compiles quickly no matter how many operations the API has.

use std::fmt;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use base64::Engine as _;
use bytes::Bytes;
use reqwest::header::{self, HeaderMap, HeaderName, HeaderValue};
use reqwest::{Method, StatusCode, Url};
use tracing::Instrument as _;

use crate::document::{ErrorBody, SECURITY_SCHEMES, SERVERS};

/// `Result` with this crate's [`Error`] as the default error type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
const DEFAULT_USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));
/// Longest body snippet kept in a [`DecodeError`] and used as an [`ApiError`] message.
const SNIPPET_LIMIT: usize = 512;
/// Longest raw error body kept in an [`ApiError`].
const RAW_BODY_LIMIT: usize = 4096;
const REDACTED: &str = "<redacted>";
const REQUEST_ID_HEADERS: [&str; 3] = ["x-request-id", "x-amzn-requestid", "request-id"];

// ---------------------------------------------------------------------------------------------
// Document facts (constructed by the generated `document` and `apis` modules)
// ---------------------------------------------------------------------------------------------

/// A server declared by the API description.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Server {
    /// Base URL of the server, usable with [`ClientBuilder::base_url`].
    pub url: &'static str,
    /// Human-readable description from the API description.
    pub description: &'static str,
}

/// A security scheme declared by the API description.
#[doc(hidden)]
#[derive(Debug)]
#[allow(dead_code)] // never constructed when the API description declares no scheme
pub struct SecurityScheme {
    /// Name the operations refer to.
    pub name: &'static str,
    /// How the credential is sent.
    pub kind: SchemeKind,
}

/// How a security scheme's credential is sent.
#[doc(hidden)]
#[derive(Debug)]
#[allow(dead_code)] // which kinds are constructed depends on the API description
pub enum SchemeKind {
    /// `Authorization: Bearer <token>`.
    Bearer,
    /// `Authorization: Basic base64(user:password)`.
    Basic,
    /// An API key in a header, query parameter or cookie called `name`.
    ApiKey {
        /// Where the key goes.
        location: ApiKeyLocation,
        /// Header, query parameter or cookie name.
        name: &'static str,
    },
}

impl SchemeKind {
    /// The [`ClientBuilder`] method that configures every scheme of this kind.
    fn setter(&self) -> &'static str {
        match self {
            SchemeKind::Bearer => "bearer_token",
            SchemeKind::Basic => "basic_auth",
            SchemeKind::ApiKey { .. } => "api_key",
        }
    }
}

/// Where an API key is sent.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(dead_code)] // which locations are constructed depends on the API description
pub enum ApiKeyLocation {
    /// A request header.
    Header,
    /// A query parameter.
    Query,
    /// A cookie.
    Cookie,
}

/// Static description of one operation.
#[doc(hidden)]
#[derive(Debug)]
pub struct Operation {
    /// `operationId`, used in errors and traces.
    pub id: &'static str,
    /// HTTP method.
    pub method: Method,
    /// Path template, e.g. `/customers/{customer_id}`.
    pub path: &'static str,
    /// Alternatives (OR) of security scheme names that must all be applied (AND).
    pub security: &'static [&'static [&'static str]],
    /// Error body decoders by status.
    pub errors: &'static [ErrorCase],
    /// Whether repeating the request has no additional effect (GET, HEAD, PUT, DELETE, OPTIONS).
    pub idempotent: bool,
}

/// Which error body decoder applies to a status.
#[doc(hidden)]
#[derive(Debug)]
pub struct ErrorCase {
    /// Statuses this case covers.
    pub status: StatusMatch,
    /// Decoder of the body; `None` when the body does not match the schema.
    pub decode: fn(&[u8]) -> Option<ErrorBody>,
}

/// Status selector of an [`ErrorCase`].
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(dead_code)] // which selectors are constructed depends on the API description
pub enum StatusMatch {
    /// Exactly this status.
    Code(u16),
    /// A whole class: `4` is `4XX`.
    Range(u16),
    /// Any other status.
    Default,
}

/// Serialisation of an array query parameter (OpenAPI `style`/`explode`).
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(dead_code)] // which styles are constructed depends on the API description
pub enum ArrayStyle {
    /// `ids=a&ids=b` when exploded, else `ids=a,b`.
    Form {
        /// Repeat the parameter for every value.
        explode: bool,
    },
    /// `ids=a%20b`.
    SpaceDelimited,
    /// `ids=a%7Cb` (the pipe is encoded because some servers reject it raw).
    PipeDelimited,
}

// ---------------------------------------------------------------------------------------------
// Parameter and enum conversions
// ---------------------------------------------------------------------------------------------

/// Text form of a path, query, header or cookie parameter value.
#[doc(hidden)]
pub trait ParamValue {
    /// The value as sent, before percent-encoding.
    fn to_param(&self) -> String;
}

macro_rules! display_param {
    ($($t:ty),*) => {$(
        impl ParamValue for $t {
            fn to_param(&self) -> String { self.to_string() }
        }
    )*};
}
// Floats use `Display`, which prints `10.0` as `10` and never uses exponents.
display_param!(
    str, &str, String, bool, i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize, f32,
    f64
);

impl ParamValue for chrono::NaiveDate {
    fn to_param(&self) -> String {
        self.format("%Y-%m-%d").to_string()
    }
}

impl ParamValue for chrono::DateTime<chrono::Utc> {
    fn to_param(&self) -> String {
        self.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
    }
}

impl ParamValue for serde_json::Value {
    fn to_param(&self) -> String {
        match self {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        }
    }
}

impl<T: StringEnum> ParamValue for T {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}

/// A string enum of the API description. Values this crate does not know are kept verbatim
/// (in an `Unknown` variant) so that newer server versions do not break decoding.
#[doc(hidden)]
pub trait StringEnum: Sized {
    /// The wire value.
    fn as_str(&self) -> &str;
    /// The variant for a wire value, `Unknown` if it is not known.
    fn from_wire(s: &str) -> Self;
}

/// `Serialize` body of every generated string enum.
#[doc(hidden)]
#[allow(dead_code)] // unused when the API description has no string enums
pub fn serialize_enum<T: StringEnum, S: serde::Serializer>(
    value: &T,
    serializer: S,
) -> std::result::Result<S::Ok, S::Error> {
    serializer.serialize_str(value.as_str())
}

/// `Deserialize` body of every generated string enum.
#[doc(hidden)]
#[allow(dead_code)] // unused when the API description has no string enums
pub fn deserialize_enum<'de, T: StringEnum, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> std::result::Result<T, D::Error> {
    struct Visitor<T>(PhantomData<T>);
    impl<T: StringEnum> serde::de::Visitor<'_> for Visitor<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> std::result::Result<T, E> {
            Ok(T::from_wire(v))
        }
    }
    deserializer.deserialize_str(Visitor(PhantomData))
}

// ---------------------------------------------------------------------------------------------
// Pagination
// ---------------------------------------------------------------------------------------------

/// A list request whose responses carry a continuation token.
#[doc(hidden)]
#[allow(dead_code)] // unused when the API description has no paginated operations
pub trait Paginated: Clone + Send + Sync + 'static {
    /// One response.
    type Page: Send;
    /// One element of a page.
    type Item: Send + 'static;
    /// The same request asking for the page after `token`.
    fn with_page_token(self, token: String) -> Self;
    /// Sends the request.
    fn fetch(self) -> Pin<Box<dyn Future<Output = Result<Self::Page>> + Send>>;
    /// The items of a page and the token of the next one.
    fn split_page(page: Self::Page) -> (Vec<Self::Item>, Option<String>);
}

/// Every item of every page, in order, fetching pages lazily.
///
/// Ends when the next-page token is absent or empty, after yielding an error, or when the
/// server repeats the token it was just given (which would otherwise loop forever).
#[doc(hidden)]
#[allow(dead_code)] // unused when the API description has no paginated operations
pub fn paginate<R: Paginated>(
    first: R,
) -> impl futures_core::Stream<Item = Result<R::Item>> + Send + 'static {
    struct State<R: Paginated> {
        next: Option<R>,
        sent_token: Option<String>,
        items: std::vec::IntoIter<R::Item>,
    }
    let state = State {
        next: Some(first),
        sent_token: None,
        items: Vec::new().into_iter(),
    };
    futures_util::stream::unfold(state, |mut state| async move {
        loop {
            if let Some(item) = state.items.next() {
                return Some((Ok(item), state));
            }
            let request = state.next.take()?;
            match request.clone().fetch().await {
                Ok(page) => {
                    let (items, token) = R::split_page(page);
                    state.items = items.into_iter();
                    let token =
                        token.filter(|t| !t.is_empty() && Some(t) != state.sent_token.as_ref());
                    state.next = token.clone().map(|t| request.with_page_token(t));
                    state.sent_token = token;
                }
                // `next` is already `None`, so the stream ends after this error.
                Err(err) => return Some((Err(err), state)),
            }
        }
    })
}

// ---------------------------------------------------------------------------------------------
// Retry policy
// ---------------------------------------------------------------------------------------------

/// When and how failed requests are retried.
///
/// A request is retried when
/// - the connection could not be established (refused, DNS failure, connect timeout): the
///   request was not sent, so this is safe for every operation;
/// - the response status is one of the retried statuses (default 429, 502, 503 and 504), for
///   every operation: these statuses usually mean the request was not processed. Servers that
///   deduplicate by id, such as event ingestion APIs, make retrying even non-idempotent calls
///   safe. Use [`RetryPolicy::none`] (per client, or per call with [`RequestOptions::retry`])
///   where a duplicate would be harmful;
/// - the request timed out or the connection failed after the request was sent, only for
///   idempotent operations (GET, HEAD, PUT, DELETE, OPTIONS): a POST that timed out may have
///   been processed, so it is reported as [`Error::Timeout`] instead.
///
/// Requests whose body cannot be replayed (streamed uploads) are never retried.
///
/// The delay before retry `n` (0-based) is random in `0..=min(max_delay, base_delay * 2^n)`
/// ("full jitter"). A `Retry-After` response header (seconds or HTTP date) replaces it, capped
/// at `max_delay`. When retries are exhausted the last response or error is returned.
///
/// ```no_run
/// use std::time::Duration;
/// use togai_client::{Client, RetryPolicy};
///
/// # fn main() -> togai_client::Result<()> {
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
    max_retries: u32,
    base_delay: Duration,
    max_delay: Duration,
    statuses: Vec<u16>,
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

    fn delay(&self, retry: u32, retry_after: Option<Duration>) -> Duration {
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
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
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

// ---------------------------------------------------------------------------------------------
// Client configuration
// ---------------------------------------------------------------------------------------------

/// Per-call settings: extra headers, timeout and retry policy.
///
/// Headers set here are sent last and replace any header of the same name, including
/// credentials (e.g. a per-tenant `Authorization`). Invalid names or values are reported as
/// [`Error::Config`] when the call is sent.
///
/// ```no_run
/// use std::time::Duration;
/// use togai_client::RequestOptions;
///
/// let options = RequestOptions::new()
///     .header("Idempotency-Key", "order-42")
///     .timeout(Duration::from_secs(120));
/// # let _ = options;
/// ```
#[derive(Clone, Default)]
#[must_use]
pub struct RequestOptions {
    headers: Vec<(String, String)>,
    timeout: Option<Duration>,
    retry: Option<RetryPolicy>,
}

impl RequestOptions {
    /// No extra headers; the client's timeout and retry policy.
    pub fn new() -> Self {
        RequestOptions::default()
    }

    /// Adds a header, replacing one of the same name.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Timeout of each attempt of this call, instead of the client's.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Retry policy of this call, instead of the client's.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }
}

impl fmt::Debug for RequestOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RequestOptions")
            .field("headers", &DebugMap::redacted(&self.headers))
            .field("timeout", &self.timeout)
            .field("retry", &self.retry)
            .finish()
    }
}

/// Configures and builds a [`Client`].
///
/// ```no_run
/// use std::time::Duration;
/// use togai_client::Client;
///
/// # fn main() -> togai_client::Result<()> {
/// let client = Client::builder()
///     .base_url(togai_client::SERVERS[0].url)
///     .bearer_token(std::env::var("API_TOKEN").unwrap_or_default())
///     .timeout(Duration::from_secs(10))
///     .build()?;
/// # let _ = client; Ok(()) }
/// ```
#[derive(Clone, Default)]
#[must_use]
pub struct ClientBuilder {
    base_url: Option<String>,
    bearer: Option<String>,
    basic: Option<(String, String)>,
    api_key: Option<String>,
    named: Vec<(String, String)>,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    user_agent: Option<String>,
    headers: Vec<(String, String)>,
    http: Option<reqwest::Client>,
    retry: RetryPolicy,
}

impl ClientBuilder {
    /// Base URL every operation path is appended to; defaults to the first server of the API
    /// description. A path prefix is kept: `http://host/prefix` + `/customers` is
    /// `http://host/prefix/customers`.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Token for every HTTP bearer security scheme (`Authorization: Bearer <token>`).
    pub fn bearer_token(mut self, token: impl Into<String>) -> Self {
        self.bearer = Some(token.into());
        self
    }

    /// User and password for every HTTP basic security scheme.
    pub fn basic_auth(mut self, user: impl Into<String>, password: impl Into<String>) -> Self {
        self.basic = Some((user.into(), password.into()));
        self
    }

    /// Key for every API key security scheme (sent in the header, query parameter or cookie
    /// the scheme names).
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(key.into());
        self
    }

    /// Credential for one security scheme by name, overriding [`bearer_token`](Self::bearer_token),
    /// [`basic_auth`](Self::basic_auth) and [`api_key`](Self::api_key) for that scheme. For a
    /// basic scheme the value is `user:password`.
    pub fn credential(mut self, scheme: impl Into<String>, value: impl Into<String>) -> Self {
        self.named.push((scheme.into(), value.into()));
        self
    }

    /// Timeout of each attempt, from sending the request to reading the whole body
    /// (default 30 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Timeout of establishing a connection. Only for the built-in HTTP client: configure a
    /// client given to [`http_client`](Self::http_client) yourself.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// `User-Agent` header (default `<crate name>/<crate version>`).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = Some(user_agent.into());
        self
    }

    /// Header sent with every request. Values of credential-like headers (`Authorization`,
    /// `Cookie`, names containing `key`, `token`, `secret`...) are redacted in `Debug` output.
    pub fn default_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Uses this HTTP client (proxies, custom TLS roots, connection pool settings...).
    ///
    /// It must not follow redirects (build it with
    /// `reqwest::redirect::Policy::none()`): reqwest's default policy would send API key
    /// headers to whatever host a redirect names. The [`timeout`](Self::timeout) set here is
    /// applied to each request; otherwise the client's own timeout applies.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// Retry policy (default [`RetryPolicy::default`]).
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Validates the configuration and builds the client.
    ///
    /// Fails with [`Error::Config`] when the base URL is invalid or missing, a credential or
    /// header is not a valid header value, a credential has no matching security scheme, or
    /// `connect_timeout` is combined with `http_client`. Messages name the offending setting,
    /// never a credential's value.
    pub fn build(self) -> Result<Client> {
        let base_url = parse_base_url(self.base_url.as_deref())?;
        let credentials = self.resolve_credentials()?;

        let mut default_headers = HeaderMap::new();
        let user_agent = self.user_agent.as_deref().unwrap_or(DEFAULT_USER_AGENT);
        let ua = HeaderValue::from_str(user_agent)
            .map_err(|_| config("user agent is not a valid header value"))?;
        default_headers.insert(header::USER_AGENT, ua);
        for (name, value) in &self.headers {
            let (name, value) = parse_header(name, value, "default header")?;
            default_headers.insert(name, value);
        }

        let (http, timeout) = match self.http {
            Some(_) if self.connect_timeout.is_some() => {
                let message = "connect_timeout cannot be applied to a client given to http_client";
                return Err(config(message));
            }
            Some(http) => (http, self.timeout),
            None => {
                // Credentials must only reach the configured base URL.
                let mut http =
                    reqwest::Client::builder().redirect(reqwest::redirect::Policy::none());
                if let Some(connect) = self.connect_timeout {
                    http = http.connect_timeout(connect);
                }
                let http = http
                    .build()
                    .map_err(|e| config(format!("cannot build the HTTP client: {e}")))?;
                (http, Some(self.timeout.unwrap_or(DEFAULT_TIMEOUT)))
            }
        };

        Ok(Client {
            inner: Arc::new(ClientInner {
                http,
                base_url,
                credentials,
                default_headers,
                timeout,
                retry: self.retry,
            }),
        })
    }

    /// One credential per configured security scheme; the named ones win.
    fn resolve_credentials(&self) -> Result<Vec<Credential>> {
        if let Some(name) = (self.named.iter().map(|(n, _)| n))
            .find(|n| !SECURITY_SCHEMES.iter().any(|s| s.name == n.as_str()))
        {
            let known: Vec<_> = SECURITY_SCHEMES.iter().map(|s| s.name).collect();
            return Err(config(format!(
                "unknown security scheme `{name}` (the API declares: {})",
                if known.is_empty() {
                    "none".to_owned()
                } else {
                    known.join(", ")
                }
            )));
        }
        if let Some((user, _)) = &self.basic {
            if user.contains(':') {
                return Err(config(
                    "basic_auth user name must not contain ':' (RFC 7617)",
                ));
            }
        }
        let basic = self
            .basic
            .as_ref()
            .map(|(user, password)| format!("{user}:{password}"));
        let generic = [
            ("bearer_token", &self.bearer),
            ("basic_auth", &basic),
            ("api_key", &self.api_key),
        ];
        // A credential that no scheme would use is a mistake worth reporting, not ignoring.
        for (setter, value) in &generic {
            if value.is_some() && !SECURITY_SCHEMES.iter().any(|s| s.kind.setter() == *setter) {
                return Err(config(format!(
                    "{setter} was set but the API declares no security scheme of that kind; \
                     use credential(scheme, value) or default_header(name, value)"
                )));
            }
        }

        let mut credentials = Vec::new();
        for scheme in SECURITY_SCHEMES {
            let named = self
                .named
                .iter()
                .rev()
                .find(|(n, _)| n == scheme.name)
                .map(|(_, v)| v);
            let generic = generic
                .iter()
                .find(|(setter, _)| *setter == scheme.kind.setter());
            let Some(secret) = named.or_else(|| generic.and_then(|(_, v)| v.as_ref())) else {
                continue;
            };
            let name = scheme.name;
            if secret.is_empty() || (secret == ":" && matches!(scheme.kind, SchemeKind::Basic)) {
                return Err(config(format!(
                    "credential of security scheme `{name}` is empty"
                )));
            }
            let invalid = || {
                config(format!(
                    "credential of security scheme `{name}` is not a valid header value \
                     (control characters such as a trailing newline are not allowed)"
                ))
            };
            let sensitive = |text: &str| {
                let mut value = HeaderValue::from_str(text).map_err(|_| invalid())?;
                value.set_sensitive(true);
                Ok::<_, Error>(value)
            };
            let apply = match scheme.kind {
                SchemeKind::Bearer => Apply::Header(
                    header::AUTHORIZATION,
                    sensitive(&format!("Bearer {secret}"))?,
                ),
                SchemeKind::Basic => {
                    // Basic credentials may be any UTF-8 (RFC 7617), but never control characters.
                    if secret.chars().any(char::is_control) {
                        return Err(invalid());
                    }
                    let encoded = base64::engine::general_purpose::STANDARD.encode(secret);
                    Apply::Header(
                        header::AUTHORIZATION,
                        sensitive(&format!("Basic {encoded}"))?,
                    )
                }
                SchemeKind::ApiKey {
                    location,
                    name: key_name,
                } => {
                    // Also validated for query and cookie keys: a line break is always a mistake.
                    let value = sensitive(secret)?;
                    match location {
                        ApiKeyLocation::Header => {
                            let header =
                                HeaderName::from_bytes(key_name.as_bytes()).map_err(|_| {
                                    config(format!(
                                        "security scheme `{name}` names an invalid header"
                                    ))
                                })?;
                            Apply::Header(header, value)
                        }
                        ApiKeyLocation::Query => Apply::Query(key_name, secret.clone()),
                        ApiKeyLocation::Cookie => Apply::Cookie(format!("{key_name}={secret}")),
                    }
                }
            };
            credentials.push(Credential {
                scheme: name,
                apply,
            });
        }
        Ok(credentials)
    }
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let redacted = |set: bool| set.then_some(REDACTED);
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url)
            .field("bearer_token", &redacted(self.bearer.is_some()))
            .field("basic_auth", &redacted(self.basic.is_some()))
            .field("api_key", &redacted(self.api_key.is_some()))
            .field(
                "credentials",
                &DebugMap(
                    self.named
                        .iter()
                        .map(|(n, _)| (n.as_str(), REDACTED))
                        .collect(),
                ),
            )
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("user_agent", &self.user_agent)
            .field("default_headers", &DebugMap::redacted(&self.headers))
            .field("http_client", &self.http.is_some())
            .field("retry", &self.retry)
            .finish()
    }
}

fn parse_base_url(configured: Option<&str>) -> Result<String> {
    let raw = match configured {
        Some(url) => url,
        None => SERVERS
            .first()
            .map(|s| s.url)
            .ok_or_else(|| config("no base URL: the API declares no server, call base_url()"))?,
    };
    let url = Url::parse(raw).map_err(|e| config(format!("invalid base URL `{raw}`: {e}")))?;
    if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
        return Err(config(format!(
            "base URL `{raw}` must be an http or https URL with a host"
        )));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(config(format!(
            "base URL `{raw}` must not have a query or fragment"
        )));
    }
    // Operation paths start with '/', so the prefix must not end with one.
    Ok(url.as_str().trim_end_matches('/').to_owned())
}

fn parse_header(name: &str, value: &str, what: &str) -> Result<(HeaderName, HeaderValue)> {
    let name = HeaderName::from_bytes(name.as_bytes())
        .map_err(|_| config(format!("{what} name `{name}` is not a valid header name")))?;
    let mut value = HeaderValue::from_str(value).map_err(|_| {
        config(format!(
            "{what} `{name}` has a value that is not a valid header value"
        ))
    })?;
    value.set_sensitive(is_sensitive(name.as_str()));
    Ok((name, value))
}

/// Header names whose values are treated as secrets in `Debug` output.
fn is_sensitive(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    matches!(name.as_str(), "cookie" | "set-cookie")
        || [
            "auth",
            "key",
            "token",
            "secret",
            "password",
            "session",
            "signature",
            "credential",
        ]
        .iter()
        .any(|word| name.contains(word))
}

fn redact<'a>(name: &str, value: &'a str) -> &'a str {
    if is_sensitive(name) {
        REDACTED
    } else {
        value
    }
}

fn config(message: impl Into<String>) -> Error {
    Error::Config(message.into())
}

/// How a configured credential is sent.
enum Apply {
    Header(HeaderName, HeaderValue),
    Query(&'static str, String),
    Cookie(String),
}

struct Credential {
    scheme: &'static str,
    apply: Apply,
}

/// Client of the API: cheap to clone (shared connection pool and configuration), `Send` and
/// `Sync`.
///
/// ```no_run
/// # fn main() -> togai_client::Result<()> {
/// let client = togai_client::Client::builder()
///     .api_key(std::env::var("API_KEY").unwrap_or_default())
///     .build()?;
/// # let _ = client; Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    inner: Arc<ClientInner>,
}

struct ClientInner {
    http: reqwest::Client,
    /// Without trailing slash.
    base_url: String,
    credentials: Vec<Credential>,
    default_headers: HeaderMap,
    /// Per-attempt timeout; `None` leaves it to a user-supplied HTTP client.
    timeout: Option<Duration>,
    retry: RetryPolicy,
}

impl Client {
    /// A builder with the defaults.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// The base URL operation paths are appended to (without trailing slash).
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// Starts a call of `op`; used by the generated operation builders.
    #[doc(hidden)]
    pub fn call(&self, op: &'static Operation) -> Call {
        Call {
            client: self.clone(),
            op,
            path: op.path.to_owned(),
            query: Vec::new(),
            headers: HeaderMap::new(),
            cookies: Vec::new(),
            body: None,
            options: RequestOptions::default(),
            error: None,
        }
    }
}

impl ClientInner {
    /// The credentials to send for `op`: the first alternative of its security requirements
    /// that is fully configured; if none is, whatever configured credentials the operation
    /// names, else all of them, since API descriptions often under-declare and the server
    /// decides. Operations without requirements (or with an optional one) get none.
    fn credentials_for(&self, op: &Operation) -> Vec<&Credential> {
        let find = |name: &str| self.credentials.iter().find(|c| c.scheme == name);
        if op.security.is_empty() {
            return Vec::new();
        }
        for alternative in op.security.iter().filter(|a| !a.is_empty()) {
            if alternative.iter().all(|name| find(name).is_some()) {
                return alternative.iter().filter_map(|name| find(name)).collect();
            }
        }
        if op.security.iter().any(|a| a.is_empty()) {
            return Vec::new();
        }
        let named: Vec<_> = (self.credentials.iter())
            .filter(|c| op.security.iter().any(|a| a.contains(&c.scheme)))
            .collect();
        if named.is_empty() {
            self.credentials.iter().collect()
        } else {
            named
        }
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &self.inner;
        let headers = (inner.default_headers.iter())
            .map(|(n, v)| {
                (
                    n.as_str(),
                    if v.is_sensitive() {
                        REDACTED
                    } else {
                        v.to_str().unwrap_or("<binary>")
                    },
                )
            })
            .collect();
        f.debug_struct("Client")
            .field("base_url", &inner.base_url)
            .field(
                "credentials",
                &DebugMap(
                    inner
                        .credentials
                        .iter()
                        .map(|c| (c.scheme, REDACTED))
                        .collect(),
                ),
            )
            .field("default_headers", &DebugMap(headers))
            .field("timeout", &inner.timeout)
            .field("retry", &inner.retry)
            .finish_non_exhaustive()
    }
}

/// `Debug` of header-like pairs, values already redacted.
struct DebugMap<'a>(Vec<(&'a str, &'a str)>);

impl<'a> DebugMap<'a> {
    fn redacted(pairs: &'a [(String, String)]) -> Self {
        DebugMap(
            pairs
                .iter()
                .map(|(n, v)| (n.as_str(), redact(n, v)))
                .collect(),
        )
    }
}

impl fmt::Debug for DebugMap<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.0.iter().copied()).finish()
    }
}

// ---------------------------------------------------------------------------------------------
// Calls
// ---------------------------------------------------------------------------------------------

/// Request body of a call.
enum Body {
    /// Buffered: can be sent again on retry.
    Bytes(Bytes),
    /// Streamed: sent once, so the call is never retried. Taken on the first attempt.
    Stream(Option<reqwest::Body>),
}

/// One call of an operation being assembled by a generated operation builder.
///
/// Mistakes found while assembling (invalid header, unserialisable body...) are remembered and
/// returned by [`Call::send`], so that the builders need no error handling.
#[doc(hidden)]
pub struct Call {
    client: Client,
    op: &'static Operation,
    path: String,
    /// Percent-encoded names and values.
    query: Vec<(String, String)>,
    headers: HeaderMap,
    /// `name=value` pairs, values already encoded.
    cookies: Vec<String>,
    body: Option<Body>,
    options: RequestOptions,
    error: Option<Error>,
}

impl Call {
    fn fail(&mut self, error: Error) {
        self.error.get_or_insert(error);
    }

    /// Replaces `{name}` in the path with `value` encoded as one path segment.
    pub fn path_param(&mut self, name: &str, value: &dyn ParamValue) {
        let value = value.to_param();
        // An empty, `.` or `..` segment would address another resource.
        if matches!(value.as_str(), "" | "." | "..") {
            let op = self.op.id;
            return self.fail(config(format!(
                "{op}: path parameter `{name}` is {value:?}, not a path segment"
            )));
        }
        self.path = self
            .path
            .replace(&format!("{{{name}}}"), &encode(&value, is_unreserved));
    }

    /// Adds a query parameter.
    pub fn query(&mut self, name: &str, value: &dyn ParamValue) {
        self.query.push((
            encode(name, is_unreserved),
            encode(&value.to_param(), is_unreserved),
        ));
    }

    /// Adds an array query parameter; nothing is sent for an empty array.
    pub fn query_array<T: ParamValue>(&mut self, name: &str, values: &[T], style: ArrayStyle) {
        let values: Vec<String> = values.iter().map(ParamValue::to_param).collect();
        self.query_strings(name, &values, style);
    }

    fn query_strings(&mut self, name: &str, values: &[String], style: ArrayStyle) {
        if values.is_empty() {
            return;
        }
        let name = encode(name, is_unreserved);
        let values = values.iter().map(|v| encode(v, is_unreserved));
        let separator = match style {
            ArrayStyle::Form { explode: true } => {
                self.query.extend(values.map(|v| (name.clone(), v)));
                return;
            }
            ArrayStyle::Form { explode: false } => ",",
            ArrayStyle::SpaceDelimited => "%20",
            ArrayStyle::PipeDelimited => "%7C",
        };
        self.query
            .push((name, values.collect::<Vec<_>>().join(separator)));
    }

    /// Sets a header parameter.
    pub fn header_param(&mut self, name: &str, value: &dyn ParamValue) {
        match parse_header(name, &value.to_param(), "header parameter") {
            Ok((name, value)) => {
                self.headers.insert(name, value);
            }
            Err(err) => self.fail(err),
        }
    }

    /// Adds a cookie parameter.
    pub fn cookie_param(&mut self, name: &str, value: &dyn ParamValue) {
        self.cookies.push(format!(
            "{name}={}",
            encode(&value.to_param(), is_cookie_octet)
        ));
    }

    /// Serialises `body` as the JSON request body.
    pub fn json<B: serde::Serialize + ?Sized>(&mut self, body: &B) {
        let bytes = serde_json::to_vec(body);
        self.set_json(bytes);
    }

    fn set_json(&mut self, bytes: serde_json::Result<Vec<u8>>) {
        match bytes {
            Ok(bytes) => self.set_body(Body::Bytes(bytes.into()), "application/json"),
            Err(err) => self.fail(Error::Encode(err)),
        }
    }

    /// Sets the request body. Buffered bodies can be retried; streamed ones cannot.
    pub fn body(&mut self, body: reqwest::Body, content_type: &str) {
        let body = match body.as_bytes() {
            Some(bytes) => Body::Bytes(Bytes::copy_from_slice(bytes)),
            None => Body::Stream(Some(body)),
        };
        self.set_body(body, content_type);
    }

    fn set_body(&mut self, body: Body, content_type: &str) {
        self.body = Some(body);
        match HeaderValue::from_str(content_type) {
            Ok(value) => {
                self.headers.insert(header::CONTENT_TYPE, value);
            }
            Err(_) => self.fail(config(format!("invalid content type `{content_type}`"))),
        }
    }

    /// Per-call options.
    pub fn options(&mut self, options: RequestOptions) {
        self.options = options;
    }

    /// Sends the call, retrying per the retry policy, and reads the whole response body.
    ///
    /// Any status is `Ok`: the generated code maps it to a value or [`RawResponse::into_error`].
    pub async fn send(self) -> Result<RawResponse> {
        let Call {
            client,
            op,
            path,
            mut query,
            headers,
            mut cookies,
            mut body,
            options,
            error,
        } = self;
        if let Some(err) = error {
            return Err(err);
        }
        if path.contains('{') {
            return Err(config(format!(
                "{}: missing path parameter in `{path}`",
                op.id
            )));
        }
        let inner = &*client.inner;

        // Headers from least to most specific: defaults, parameters, credentials, options.
        let mut all = inner.default_headers.clone();
        all.extend(headers);
        let mut secret_in_url = false;
        let mut secret_cookie = false;
        for credential in inner.credentials_for(op) {
            match &credential.apply {
                Apply::Header(name, value) => {
                    all.insert(name, value.clone());
                }
                Apply::Query(name, value) => {
                    query.push((encode(name, is_unreserved), encode(value, is_unreserved)));
                    secret_in_url = true;
                }
                Apply::Cookie(pair) => {
                    cookies.push(pair.clone());
                    secret_cookie = true;
                }
            }
        }
        if !cookies.is_empty() {
            let mut value = HeaderValue::from_str(&cookies.join("; "))
                .map_err(|_| config(format!("{}: invalid cookie parameter", op.id)))?;
            value.set_sensitive(secret_cookie);
            all.insert(header::COOKIE, value);
        }
        for (name, value) in &options.headers {
            let (name, value) = parse_header(name, value, "request option header")?;
            all.insert(name, value);
        }

        let mut url = format!("{}{}", inner.base_url, path);
        for (i, (name, value)) in query.iter().enumerate() {
            url.push(if i == 0 { '?' } else { '&' });
            url.push_str(name);
            url.push('=');
            url.push_str(value);
        }
        let url =
            Url::parse(&url).map_err(|e| config(format!("{}: invalid request URL: {e}", op.id)))?;
        // reqwest errors quote the URL; drop it where it holds a secret.
        let secret_in_url = secret_in_url || url.password().is_some();

        let policy = options.retry.as_ref().unwrap_or(&inner.retry);
        let timeout = options.timeout.or(inner.timeout);
        let mut retry = 0;
        loop {
            let (request_body, replayable) = match &mut body {
                None => (None, true),
                Some(Body::Bytes(bytes)) => (Some(reqwest::Body::from(bytes.clone())), true),
                Some(Body::Stream(stream)) => (stream.take(), false),
            };
            let mut request = inner
                .http
                .request(op.method.clone(), url.clone())
                .headers(all.clone());
            if let Some(body) = request_body {
                request = request.body(body);
            }
            if let Some(timeout) = timeout {
                request = request.timeout(timeout);
            }
            let can_retry = replayable && retry < policy.max_retries;

            // Fields never include credentials or the URL (which may hold an API key).
            let span = tracing::info_span!(
                "http_request",
                operation = op.id,
                method = op.method.as_str(),
                path = op.path,
                attempt = retry + 1,
                status = tracing::field::Empty,
                latency_ms = tracing::field::Empty,
            );
            let started = Instant::now();
            let outcome = async {
                let failed = |err: reqwest::Error| {
                    // Connection failures happen before anything is sent; anything later may
                    // have been processed, so only idempotent operations are repeated.
                    if can_retry && (err.is_connect() || op.idempotent) {
                        Attempt::Retry(policy.delay(retry, None), describe(&err))
                    } else {
                        let err = if secret_in_url {
                            err.without_url()
                        } else {
                            err
                        };
                        Attempt::Done(Err(if err.is_timeout() {
                            Error::Timeout(err)
                        } else {
                            Error::Transport(err)
                        }))
                    }
                };
                let mut response = match request.send().await {
                    Ok(response) => response,
                    Err(err) => return failed(err),
                };
                let status = response.status().as_u16();
                tracing::Span::current().record("status", status);
                if can_retry && policy.statuses.contains(&status) {
                    let delay = policy.delay(retry, retry_after(response.headers()));
                    return Attempt::Retry(delay, format!("status {status}"));
                }
                let headers = std::mem::take(response.headers_mut());
                match response.bytes().await {
                    Ok(body) => Attempt::Done(Ok(RawResponse {
                        op,
                        status,
                        headers,
                        body,
                    })),
                    Err(err) => failed(err),
                }
            }
            .instrument(span.clone())
            .await;
            span.record(
                "latency_ms",
                u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
            );

            match outcome {
                Attempt::Done(result) => return result,
                Attempt::Retry(delay, reason) => {
                    tracing::debug!(
                        parent: &span,
                        delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
                        reason = %reason,
                        "retrying request",
                    );
                    tokio::time::sleep(delay).await;
                    retry += 1;
                }
            }
        }
    }
}

/// Kind and causes of a transport error, without its URL (which may hold an API key).
fn describe(err: &reqwest::Error) -> String {
    let mut text = String::from(if err.is_timeout() {
        "timeout"
    } else {
        "transport error"
    });
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

enum Attempt {
    Done(Result<RawResponse>),
    /// Delay and a reason for the log.
    Retry(Duration, String),
}

fn is_unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~')
}

/// RFC 6265 `cookie-octet`, minus `%` so that encoded values decode unambiguously.
fn is_cookie_octet(b: u8) -> bool {
    matches!(b, 0x21 | 0x23..=0x24 | 0x26..=0x2B | 0x2D..=0x3A | 0x3C..=0x5B | 0x5D..=0x7E)
}

/// Percent-encodes every byte `keep` rejects (UTF-8 bytes included).
fn encode(value: &str, keep: fn(u8) -> bool) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(value.len());
    for &b in value.as_bytes() {
        if keep(b) {
            out.push(char::from(b));
        } else {
            out.extend([
                '%',
                char::from(HEX[usize::from(b >> 4)]),
                char::from(HEX[usize::from(b & 15)]),
            ]);
        }
    }
    out
}

/// At most `max` bytes of `body` as text, cut on a character boundary.
fn snippet(body: &[u8], max: usize) -> String {
    // A few extra bytes so a character split by the slice is dropped whole below.
    let text = String::from_utf8_lossy(&body[..body.len().min(max + 4)]);
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].to_owned()
}

fn request_id(headers: &HeaderMap) -> Option<String> {
    REQUEST_ID_HEADERS
        .iter()
        .find_map(|name| Some(headers.get(*name)?.to_str().ok()?.to_owned()))
}

// ---------------------------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------------------------

/// A response whose body has been read, before it is mapped to a model.
#[doc(hidden)]
#[derive(Debug)]
pub struct RawResponse {
    op: &'static Operation,
    status: u16,
    headers: HeaderMap,
    body: Bytes,
}

impl RawResponse {
    /// The HTTP status.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    fn wrap<T>(self, body: T) -> Response<T> {
        Response {
            status: self.status,
            headers: self.headers,
            body,
        }
    }

    /// Decodes the JSON body; failures name the JSON path.
    pub fn json<T: serde::de::DeserializeOwned>(self) -> Result<Response<T>> {
        let mut de = serde_json::Deserializer::from_slice(&self.body);
        let value = serde_path_to_error::deserialize(&mut de)
            .map_err(|err| (err.path().to_string(), err.into_inner()))
            .and_then(|value| {
                de.end()
                    .map(|()| value)
                    .map_err(|err| (".".to_owned(), err))
            });
        match value {
            Ok(value) => Ok(self.wrap(value)),
            Err((path, source)) => Err(self.decode_error(path, source)),
        }
    }

    fn decode_error(&self, path: String, source: serde_json::Error) -> Error {
        Error::Decode(Box::new(DecodeError {
            operation: self.op.id,
            status: self.status,
            path,
            request_id: request_id(&self.headers),
            body_snippet: snippet(&self.body, SNIPPET_LIMIT),
            source,
        }))
    }

    /// A response without body (or whose body is ignored) mapped to `value`.
    pub fn empty<T>(self, value: T) -> Response<T> {
        self.wrap(value)
    }

    /// The body as text (invalid UTF-8 replaced).
    pub fn text(self) -> Result<Response<String>> {
        let text = String::from_utf8_lossy(&self.body).into_owned();
        Ok(self.wrap(text))
    }

    /// The body as bytes.
    pub fn bytes(self) -> Result<Response<Bytes>> {
        let body = self.body.clone();
        Ok(self.wrap(body))
    }

    /// A redirect response (never followed, so credentials stay with the configured server).
    pub fn redirect(self) -> Result<Response<Redirect>> {
        let location = self
            .headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok());
        match location {
            Some(location) => {
                let redirect = Redirect {
                    status: self.status,
                    location: location.to_owned(),
                };
                Ok(self.wrap(redirect))
            }
            None => Err(Error::UnexpectedResponse {
                status: self.status,
                message: format!(
                    "{}: redirect response without a valid Location header",
                    self.op.id
                ),
            }),
        }
    }

    /// The error for a status the operation does not declare as success, with the body typed
    /// by the first matching error case (exact status, then class, then default).
    pub fn into_error(self) -> Error {
        if self.status < 300 {
            return Error::UnexpectedResponse {
                status: self.status,
                message: format!(
                    "{}: undeclared success status; body: {}",
                    self.op.id,
                    snippet(&self.body, SNIPPET_LIMIT)
                ),
            };
        }
        let status = self.status;
        let wanted = [
            StatusMatch::Code(status),
            StatusMatch::Range(status / 100),
            StatusMatch::Default,
        ];
        let case = (wanted.iter()).find_map(|m| self.op.errors.iter().find(|c| c.status == *m));
        Error::Api(Box::new(ApiError {
            status: self.status,
            request_id: request_id(&self.headers),
            body: case.and_then(|c| (c.decode)(&self.body)),
            raw_body: snippet(&self.body, RAW_BODY_LIMIT),
            headers: self.headers,
        }))
    }
}

/// A successful response: status, headers and the decoded body.
#[derive(Debug, Clone)]
pub struct Response<T> {
    status: u16,
    headers: HeaderMap,
    body: T,
}

impl<T> Response<T> {
    /// The HTTP status.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The server's request id (`x-request-id`, `x-amzn-requestid` or `request-id`), if any.
    pub fn request_id(&self) -> Option<&str> {
        REQUEST_ID_HEADERS
            .iter()
            .find_map(|name| self.headers.get(*name)?.to_str().ok())
    }

    /// The decoded body.
    pub fn body(&self) -> &T {
        &self.body
    }

    /// The decoded body, dropping status and headers.
    pub fn into_body(self) -> T {
        self.body
    }

    /// Status, headers and body.
    pub fn into_parts(self) -> (u16, HeaderMap, T) {
        (self.status, self.headers, self.body)
    }

    /// The same response with its body transformed.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Response<U> {
        Response {
            status: self.status,
            headers: self.headers,
            body: f(self.body),
        }
    }
}

/// A redirect returned by an operation that declares one. Redirects are never followed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Redirect {
    /// The 3xx status.
    pub status: u16,
    /// The `Location` header, as sent (it may be relative).
    pub location: String,
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

/// Any failure of a call or of building a client.
///
/// ```no_run
/// # async fn handle(result: togai_client::Result<()>) {
/// use togai_client::Error;
///
/// match result {
///     Ok(()) => {}
///     Err(Error::Api(err)) if err.status() == 404 => println!("not found: {:?}", err.message()),
///     Err(err) if err.is_timeout() => println!("timed out, try again later"),
///     Err(err) => println!("failed: {err} (request id {:?})", err.request_id()),
/// }
/// # }
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The server answered with an error status.
    Api(Box<ApiError>),
    /// A success response's body did not match the expected model.
    Decode(Box<DecodeError>),
    /// The request or the connection attempt timed out.
    Timeout(reqwest::Error),
    /// The connection failed, or reading the response failed.
    Transport(reqwest::Error),
    /// The request body could not be serialised.
    Encode(serde_json::Error),
    /// Invalid client configuration or request input (header, base URL, path parameter...).
    Config(String),
    /// A response the operation does not describe, e.g. a redirect without `Location`.
    UnexpectedResponse {
        /// The HTTP status.
        status: u16,
        /// What was unexpected.
        message: String,
    },
}

impl Error {
    /// The HTTP status, if a response was received.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api(err) => Some(err.status),
            Error::Decode(err) => Some(err.status),
            Error::UnexpectedResponse { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// The error response, for [`Error::Api`].
    pub fn api(&self) -> Option<&ApiError> {
        match self {
            Error::Api(err) => Some(err),
            _ => None,
        }
    }

    /// Whether the request or connection attempt timed out.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Timeout(_))
    }

    /// The server's request id, to quote to its support.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Api(err) => err.request_id(),
            Error::Decode(err) => err.request_id(),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Api(err) => err.fmt(f),
            Error::Decode(err) => err.fmt(f),
            // The reqwest and serde errors are available through `source()`.
            Error::Timeout(_) => f.write_str("request timed out"),
            Error::Transport(_) => f.write_str("HTTP request failed"),
            Error::Encode(_) => f.write_str("failed to serialize the request body"),
            Error::Config(message) => write!(f, "invalid configuration: {message}"),
            Error::UnexpectedResponse { status, message } => {
                write!(f, "unexpected response (HTTP {status}): {message}")
            }
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Decode(err) => Some(&err.source),
            Error::Timeout(err) | Error::Transport(err) => Some(err),
            Error::Encode(err) => Some(err),
            _ => None,
        }
    }
}

/// An error status returned by the server.
///
/// `Display` reads like `HTTP 404 Not Found: Customer not found (request id abc)`.
#[derive(Debug, Clone)]
pub struct ApiError {
    status: u16,
    headers: HeaderMap,
    request_id: Option<String>,
    body: Option<ErrorBody>,
    raw_body: String,
}

impl ApiError {
    /// The HTTP status.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The server's request id (`x-request-id`, `x-amzn-requestid` or `request-id`), if any.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The body decoded as one of the error models the operation declares for this status,
    /// if it matched.
    pub fn body(&self) -> Option<&ErrorBody> {
        self.body.as_ref()
    }

    /// The body as text, truncated to 4 KiB.
    pub fn raw_body(&self) -> &str {
        &self.raw_body
    }

    /// The server's message from the typed body, else the start of the raw body.
    pub fn message(&self) -> Option<&str> {
        if let Some(message) = self.body.as_ref().and_then(ErrorBody::message) {
            return Some(message);
        }
        let raw = self.raw_body.trim();
        let mut end = raw.len().min(SNIPPET_LIMIT);
        while !raw.is_char_boundary(end) {
            end -= 1;
        }
        Some(&raw[..end]).filter(|m| !m.is_empty())
    }

    /// How long the server asked to wait (`Retry-After`), e.g. on 429.
    pub fn retry_after(&self) -> Option<Duration> {
        retry_after(&self.headers)
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HTTP {}", self.status)?;
        if let Some(reason) = StatusCode::from_u16(self.status)
            .ok()
            .and_then(|s| s.canonical_reason())
        {
            write!(f, " {reason}")?;
        }
        if let Some(message) = self.message() {
            write!(f, ": {message}")?;
        }
        if let Some(id) = &self.request_id {
            write!(f, " (request id {id})")?;
        }
        Ok(())
    }
}

impl std::error::Error for ApiError {}

/// A success response whose body did not match the expected model.
///
/// `Display` reads like
/// ``failed to decode response of getCustomer at `data[3].status`: unknown variant ...``.
#[derive(Debug)]
pub struct DecodeError {
    operation: &'static str,
    status: u16,
    path: String,
    request_id: Option<String>,
    body_snippet: String,
    source: serde_json::Error,
}

impl DecodeError {
    /// The operation id.
    pub fn operation(&self) -> &str {
        self.operation
    }

    /// The HTTP status.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// Where decoding failed, e.g. `data[3].status` (`.` is the whole body).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The server's request id, if any.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The start of the body (at most 512 bytes).
    pub fn body_snippet(&self) -> &str {
        &self.body_snippet
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "failed to decode response of {} at `{}`: {}",
            self.operation, self.path, self.source
        )
    }
}

impl std::error::Error for DecodeError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}
