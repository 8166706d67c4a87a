//! Client configuration: the builder, the shared client and per-call options.

use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{self, HeaderMap, HeaderValue};
use reqwest::Url;

use super::auth::{add_token_provider, resolve_credentials, Credential};
use super::call::Call;
use super::error::{config, Error, ErrorBody, Result};
use super::headers::{parse_header, redact_url, DebugMap, REDACTED};
use super::retry::RetryPolicy;
use super::spec::{Document, Operation, Server};
use super::token::{system_clock, Clock, TokenCache, TokenProvider};
use super::transport::Transport;

const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// The default bound of a whole call ([`ClientBuilder::deadline`]).
pub const DEFAULT_DEADLINE: Duration = Duration::from_secs(60);
/// The default bound of a response body ([`ClientBuilder::max_response_bytes`]): 64 MiB.
pub const DEFAULT_MAX_RESPONSE_BYTES: u64 = 64 * 1024 * 1024;

/// The client type of a generated crate: a [`Client`] with the crate's accessors (one per API),
/// for its [`Document`] and error bodies. [`ClientBuilder`] builds it.
pub trait ApiClient: Sized {
    /// The crate's `ErrorBody`: the error models its operations declare.
    type ErrorBody: ErrorBody;
    /// Servers, security schemes and user agent of the API description.
    const DOCUMENT: &'static Document;
    /// Wraps a built client.
    fn from_client(client: Client) -> Self;
}

/// Per-call settings: extra headers, timeout, deadline and retry policy.
///
/// Headers set here are sent last and replace any header of the same name, including
/// credentials (e.g. a per-tenant `Authorization`). Invalid names or values are reported as
/// [`Error::Config`](super::Error::Config) when the call is sent.
///
/// ```no_run
/// use std::time::Duration;
/// use togai_codegen_runtime::RequestOptions;
///
/// let options = RequestOptions::new()
///     .header("X-Tenant", "acme")
///     .timeout(Duration::from_secs(20))
///     .deadline(Duration::from_secs(45));
/// # let _ = options;
/// ```
#[derive(Clone, Default)]
#[must_use]
pub struct RequestOptions {
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) timeout: Option<Duration>,
    pub(crate) deadline: Option<Duration>,
    pub(crate) retry: Option<RetryPolicy>,
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

    /// Bound of the whole call, instead of the client's
    /// ([`ClientBuilder::deadline`]): every attempt, every wait between them and the fetch of a
    /// token included. When it passes, the call fails with
    /// [`Error::Deadline`](super::Error::Deadline); no retry is started that the deadline would
    /// cut short (the call returns what the last attempt got instead).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.deadline = Some(deadline);
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
            .field("deadline", &self.deadline)
            .field("retry", &self.retry)
            .finish()
    }
}

/// Configures and builds the [`ApiClient`] `C` of a generated crate (which names this type
/// `ClientBuilder`).
///
/// ```no_run
/// use std::time::Duration;
/// # use togai_codegen_runtime::example as my_api;
/// use my_api::Client;
///
/// # fn main() -> my_api::Result<()> {
/// let client = Client::builder()
///     .base_url("https://api.example.com")
///     .bearer_token(std::env::var("API_TOKEN").unwrap_or_default())
///     .timeout(Duration::from_secs(10))
///     .build()?;
/// # let _ = client; Ok(()) }
/// ```
#[must_use]
pub struct ClientBuilder<C> {
    config: Config,
    client: PhantomData<fn() -> C>,
}

/// What a [`ClientBuilder`] collects: the same for every client type.
#[derive(Clone)]
struct Config {
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
    transport: Option<Arc<dyn Transport>>,
    retry: RetryPolicy,
    token_provider: Option<Arc<dyn TokenProvider>>,
    deadline: Option<Duration>,
    max_response_bytes: u64,
    clock: Clock,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            base_url: None,
            bearer: None,
            basic: None,
            api_key: None,
            named: Vec::new(),
            timeout: None,
            connect_timeout: None,
            user_agent: None,
            headers: Vec::new(),
            http: None,
            transport: None,
            retry: RetryPolicy::default(),
            token_provider: None,
            deadline: Some(DEFAULT_DEADLINE),
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            clock: system_clock(),
        }
    }
}

impl<C: ApiClient> ClientBuilder<C> {
    /// A builder with the defaults.
    pub fn new() -> Self {
        ClientBuilder {
            config: Config::default(),
            client: PhantomData,
        }
    }

    /// Base URL every operation path is appended to; defaults to the first server of the API
    /// description. A path prefix is kept: `http://host/prefix` + `/customers` is
    /// `http://host/prefix/customers`.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.config.base_url = Some(url.into());
        self
    }

    /// Token for every HTTP bearer security scheme (`Authorization: Bearer <token>`), fixed for
    /// the client's life; see [`token_provider`](Self::token_provider) for tokens that expire.
    pub fn bearer_token(mut self, token: impl Into<String>) -> Self {
        self.config.bearer = Some(token.into());
        self
    }

    /// Source of the token of every HTTP bearer security scheme (that no
    /// [`credential`](Self::credential) names), instead of a fixed
    /// [`bearer_token`](Self::bearer_token): the client caches the token, refreshes it before
    /// it expires and after a 401 (see [`TokenProvider`] for exactly when). The generated
    /// crate's `auth` module has the built-in providers of its API.
    ///
    /// [`build`](Self::build) fails if `bearer_token` is set too, or if the API declares no
    /// bearer scheme.
    pub fn token_provider(mut self, provider: impl TokenProvider) -> Self {
        self.config.token_provider = Some(Arc::new(provider));
        self
    }

    /// User and password for every HTTP basic security scheme.
    pub fn basic_auth(mut self, user: impl Into<String>, password: impl Into<String>) -> Self {
        self.config.basic = Some((user.into(), password.into()));
        self
    }

    /// Key for every API key security scheme (sent in the header, query parameter or cookie
    /// the scheme names).
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.config.api_key = Some(key.into());
        self
    }

    /// Credential for one security scheme by name, overriding [`bearer_token`](Self::bearer_token),
    /// [`basic_auth`](Self::basic_auth) and [`api_key`](Self::api_key) for that scheme. For a
    /// basic scheme the value is `user:password`.
    pub fn credential(mut self, scheme: impl Into<String>, value: impl Into<String>) -> Self {
        self.config.named.push((scheme.into(), value.into()));
        self
    }

    /// Timeout of each attempt, from sending the request to reading the whole body
    /// (default 30 s). The whole call, retries included, is bounded by the
    /// [`deadline`](Self::deadline).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.config.timeout = Some(timeout);
        self
    }

    /// Bound of a whole call (default [`DEFAULT_DEADLINE`], 60 s): every attempt, every wait
    /// between them (backoff, `Retry-After`) and the fetch of a token included; a call that
    /// runs out of it fails with [`Error::Deadline`](super::Error::Deadline). A retry that the
    /// deadline would cut short is not started. [`Duration::MAX`] means no deadline; per call:
    /// [`RequestOptions::deadline`].
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.config.deadline = Some(deadline);
        self
    }

    /// Longest response body read (default [`DEFAULT_MAX_RESPONSE_BYTES`], 64 MiB, far more
    /// than any page of a list operation). A response whose `Content-Length` is larger, or
    /// whose body turns out larger as it is read, fails with
    /// [`Error::ResponseTooLarge`](super::Error::ResponseTooLarge) without reading the rest:
    /// memory stays bounded whatever a server or proxy sends.
    pub fn max_response_bytes(mut self, limit: u64) -> Self {
        self.config.max_response_bytes = limit;
        self
    }

    /// Timeout of establishing a connection. Only for the built-in HTTP client: configure a
    /// client given to [`http_client`](Self::http_client) yourself.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.config.connect_timeout = Some(timeout);
        self
    }

    /// `User-Agent` header (default `<crate name>/<crate version>`).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.config.user_agent = Some(user_agent.into());
        self
    }

    /// Header sent with every request. Values of credential-like headers (`Authorization`,
    /// `Cookie`, names containing `key`, `token`, `secret`...) are redacted in `Debug` output.
    pub fn default_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.config.headers.push((name.into(), value.into()));
        self
    }

    /// Uses this HTTP client (proxies, custom TLS roots, connection pool settings...).
    ///
    /// It must not follow redirects: reqwest's default policy would send API key headers to
    /// whatever host a redirect names. Start from [`http_client_builder`](crate::http_client_builder),
    /// which sets that policy and this crate's TLS. The [`timeout`](Self::timeout) set here is
    /// applied to each request; otherwise the client's own timeout applies.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.config.http = Some(client);
        self
    }

    /// Sends every attempt through `transport` instead of the HTTP client: a mock, or a
    /// middleware that wraps another transport (see [`Transport`]). Credentials, retries,
    /// `Retry-After`, deadlines, decoding and tracing are the same over any transport; the
    /// request it gets carries the attempt's timeout.
    pub fn transport(mut self, transport: impl Transport) -> Self {
        self.config.transport = Some(Arc::new(transport));
        self
    }

    /// Retry policy (default [`RetryPolicy::default`]).
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.config.retry = policy;
        self
    }

    /// Validates the configuration and builds the client.
    ///
    /// Fails with [`Error::Config`](super::Error::Config) when the base URL is invalid or missing, a credential or
    /// header is not a valid header value, a credential has no matching security scheme, or
    /// `connect_timeout` is combined with `http_client`. Messages name the offending setting,
    /// never a credential's value.
    pub fn build(self) -> std::result::Result<C, Error<C::ErrorBody>> {
        match self.config.build(C::DOCUMENT) {
            Ok(client) => Ok(C::from_client(client)),
            Err(err) => Err(err.widen()),
        }
    }
}

impl Config {
    /// The client of `document` (not generic: compiled once, in this crate).
    fn build(self, document: &'static Document) -> Result<Client> {
        let base_url = parse_base_url(document.servers, self.base_url.as_deref())?;
        let mut credentials = resolve_credentials(
            document.security_schemes,
            self.bearer.as_deref(),
            (self.basic.as_ref()).map(|(user, password)| (user.as_str(), password.as_str())),
            self.api_key.as_deref(),
            &self.named,
        )?;
        let tokens = match self.token_provider {
            Some(provider) => {
                add_token_provider(
                    document.security_schemes,
                    &mut credentials,
                    self.bearer.is_some(),
                )?;
                Some(TokenCache::new(provider, self.clock))
            }
            None => None,
        };

        let mut default_headers = HeaderMap::new();
        let user_agent = self.user_agent.as_deref().unwrap_or(document.user_agent);
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
                // Credentials must only reach the configured base URL: no redirects.
                let mut http = crate::tls::http_client_builder();
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
                transport: self.transport,
                base_url,
                credentials,
                default_headers,
                timeout,
                retry: self.retry,
                document,
                tokens,
                deadline: self.deadline.filter(|d| *d != Duration::MAX),
                max_response_bytes: self.max_response_bytes,
                #[cfg(feature = "blocking")]
                blocking: Default::default(),
            }),
        })
    }
}

impl<C: ApiClient> Default for ClientBuilder<C> {
    fn default() -> Self {
        ClientBuilder::new()
    }
}

impl<C> Clone for ClientBuilder<C> {
    fn clone(&self) -> Self {
        ClientBuilder {
            config: self.config.clone(),
            client: PhantomData,
        }
    }
}

impl<C> fmt::Debug for ClientBuilder<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.config, f)
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let redacted = |set: bool| set.then_some(REDACTED);
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url.as_deref().map(redact_url))
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
            .field("token_provider", &self.token_provider.is_some())
            .field("deadline", &self.deadline)
            .field("max_response_bytes", &self.max_response_bytes)
            .finish()
    }
}

fn parse_base_url(servers: &[Server], configured: Option<&str>) -> Result<String> {
    let raw = match configured {
        Some(url) => url,
        None => servers
            .first()
            .map(|s| s.url)
            .ok_or_else(|| config("no base URL: the API declares no server, call base_url()"))?,
    };
    let shown = redact_url(raw);
    let url = Url::parse(raw).map_err(|e| config(format!("invalid base URL `{shown}`: {e}")))?;
    if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
        return Err(config(format!(
            "base URL `{shown}` must be an http or https URL with a host"
        )));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(config(format!(
            "base URL `{shown}` must not have a query or fragment"
        )));
    }
    // Operation paths start with '/', so the prefix must not end with one.
    Ok(url.as_str().trim_end_matches('/').to_owned())
}

/// Client of an API: cheap to clone (shared connection pool and configuration), `Send` and
/// `Sync`. A generated crate wraps it in its own `Client`, which adds an accessor per API.
///
/// ```no_run
/// # use togai_codegen_runtime::example as my_api;
/// # fn main() -> my_api::Result<()> {
/// let client = my_api::Client::builder()
///     .api_key(std::env::var("API_KEY").unwrap_or_default())
///     .build()?;
/// # let _ = client; Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    pub(super) inner: Arc<ClientInner>,
}

/// What every clone of a [`Client`] shares.
pub(super) struct ClientInner {
    pub(super) http: reqwest::Client,
    /// Replaces `http` for sending, when set; `http` still builds the requests.
    pub(super) transport: Option<Arc<dyn Transport>>,
    /// Without trailing slash.
    pub(super) base_url: String,
    pub(super) credentials: Vec<Credential>,
    pub(super) default_headers: HeaderMap,
    /// Per-attempt timeout; `None` leaves it to a user-supplied HTTP client.
    pub(super) timeout: Option<Duration>,
    pub(super) retry: RetryPolicy,
    pub(super) document: &'static Document,
    /// With a token provider: its cached token.
    pub(super) tokens: Option<TokenCache>,
    /// Bound of a whole call; `None`: unbounded.
    pub(super) deadline: Option<Duration>,
    pub(super) max_response_bytes: u64,
    /// The runtime of blocking calls, started by the first one.
    #[cfg(feature = "blocking")]
    pub(super) blocking: super::blocking::BlockingRuntime,
}

impl Client {
    /// The base URL operation paths are appended to (without trailing slash).
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// Starts a call of `op`; used by the generated operation builders.
    #[doc(hidden)]
    pub fn call(&self, op: &'static Operation) -> Call {
        Call::new(self.clone(), op)
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
            .field("base_url", &redact_url(&inner.base_url))
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
            .field("token_provider", &inner.tokens.is_some())
            .field("timeout", &inner.timeout)
            .field("deadline", &inner.deadline)
            .field("max_response_bytes", &inner.max_response_bytes)
            .field("retry", &inner.retry)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::example;

    static NO_SERVER: Document = Document {
        servers: &[],
        security_schemes: &[],
        user_agent: "none/0",
        token_exchange: None,
    };

    fn build(builder: example::ClientBuilder) -> example::Result<Client> {
        builder.build().map(|client| client.inner)
    }

    fn config_error(builder: example::ClientBuilder) -> String {
        match build(builder) {
            Ok(client) => panic!("expected a configuration error, built {client:?}"),
            Err(Error::Config(message)) => message,
            Err(other) => panic!("expected a configuration error, got {other}"),
        }
    }

    fn base_url(url: &str) -> String {
        let client = build(example::Client::builder().base_url(url)).unwrap();
        client.base_url().to_owned()
    }

    #[test]
    fn default_base_url_is_the_first_server() {
        let client = build(example::Client::builder()).unwrap();
        assert_eq!(client.base_url(), "https://api.example.com");
    }

    #[test]
    fn no_server_and_no_base_url_is_an_error() {
        let Err(Error::Config(message)) = Config::default().build(&NO_SERVER) else {
            panic!("a base URL is needed");
        };
        assert!(message.contains("no base URL"), "{message}");
    }

    #[test]
    fn trailing_slashes_are_trimmed_and_a_path_prefix_is_kept() {
        assert_eq!(base_url("http://127.0.0.1:8080/"), "http://127.0.0.1:8080");
        assert_eq!(base_url("https://h.test/api/v1/"), "https://h.test/api/v1");
        assert_eq!(base_url("https://h.test/api"), "https://h.test/api");
    }

    #[test]
    fn invalid_base_urls_are_config_errors() {
        for url in ["not a url", "ftp://h.test", "mailto:a@h.test", "http://"] {
            let message = config_error(example::Client::builder().base_url(url));
            assert!(message.contains("base URL"), "{url}: {message}");
        }
    }

    #[test]
    fn base_url_with_a_query_or_fragment_is_a_config_error() {
        for url in [
            "https://h.test/?a=1",
            "https://h.test/?",
            "https://h.test/#top",
        ] {
            let message = config_error(example::Client::builder().base_url(url));
            assert!(
                message.contains("must not have a query or fragment"),
                "{url}: {message}"
            );
        }
    }

    #[test]
    fn connect_timeout_cannot_be_combined_with_an_http_client() {
        let builder = example::Client::builder()
            .http_client(crate::http_client_builder().build().unwrap())
            .connect_timeout(Duration::from_secs(1));
        assert!(config_error(builder).contains("connect_timeout"));
        let builder = example::Client::builder().connect_timeout(Duration::from_secs(1));
        assert!(build(builder).is_ok());
    }

    #[test]
    fn timeout_defaults_to_30_s_unless_the_http_client_is_given() {
        let client = build(example::Client::builder()).unwrap();
        assert_eq!(client.inner.timeout, Some(DEFAULT_TIMEOUT));
        let given =
            example::Client::builder().http_client(crate::http_client_builder().build().unwrap());
        assert_eq!(build(given.clone()).unwrap().inner.timeout, None);
        let given = given.timeout(Duration::from_secs(2));
        assert_eq!(
            build(given).unwrap().inner.timeout,
            Some(Duration::from_secs(2))
        );
    }

    #[test]
    fn user_agent_defaults_to_the_document_and_can_be_replaced() {
        let user_agent = |builder| {
            let client = build(builder).unwrap();
            let value = client.inner.default_headers[header::USER_AGENT].clone();
            value.to_str().unwrap().to_owned()
        };
        assert_eq!(
            user_agent(example::Client::builder()),
            "example-client/1.0.0"
        );
        assert_eq!(
            user_agent(example::Client::builder().user_agent("me/2")),
            "me/2"
        );
        let message = config_error(example::Client::builder().user_agent("me\n"));
        assert!(message.contains("user agent"), "{message}");
    }

    #[test]
    fn invalid_default_header_is_a_config_error() {
        let message = config_error(example::Client::builder().default_header("X-Token", "a\nb"));
        assert!(message.contains("default header `x-token`"), "{message}");
    }

    #[test]
    fn credential_errors_reach_the_generated_error_type() {
        let message = config_error(example::Client::builder().credential("oauth", "x"));
        assert!(message.contains("unknown security scheme"), "{message}");
    }

    #[test]
    fn debug_of_builder_and_client_never_shows_a_secret() {
        let builder = example::Client::builder()
            .bearer_token("tok-SECRET")
            .api_key("key-SECRET")
            .credential("apiKey", "named-SECRET")
            .default_header("X-Auth-Token", "header-SECRET")
            .default_header("Accept", "application/json");
        let debug = format!("{builder:?}");
        assert!(!debug.contains("SECRET"), "{debug}");
        assert!(
            debug.contains("application/json") && debug.contains("\"apiKey\""),
            "{debug}"
        );
        let basic = format!(
            "{:?}",
            example::Client::builder().basic_auth("u", "pw-SECRET")
        );
        assert!(!basic.contains("SECRET"), "{basic}");

        let client = builder.build().unwrap();
        let debug = format!("{client:?}");
        assert!(!debug.contains("SECRET"), "{debug}");
        assert!(debug.contains("application/json"), "{debug}");
        assert!(debug.contains("\"bearerAuth\": \"<redacted>\""), "{debug}");
    }

    #[test]
    fn password_of_the_base_url_is_never_shown() {
        let builder = example::Client::builder().base_url("https://user:pw-SECRET@h.test/api");
        let debug = format!("{builder:?}");
        assert!(
            !debug.contains("SECRET") && debug.contains("h.test"),
            "{debug}"
        );
        let client = build(builder).unwrap();
        let debug = format!("{client:?}");
        assert!(
            !debug.contains("SECRET") && debug.contains("user"),
            "{debug}"
        );
        let message =
            config_error(example::Client::builder().base_url("https://user:pw-SECRET@h.test/?a=1"));
        assert!(!message.contains("SECRET"), "{message}");
    }

    #[test]
    fn debug_of_request_options_redacts_credential_like_headers() {
        let options = RequestOptions::new()
            .header("Authorization", "Bearer SECRET")
            .header("Idempotency-Key", "SECRET")
            .header("X-Tenant", "acme");
        let debug = format!("{options:?}");
        assert!(
            !debug.contains("SECRET") && debug.contains("acme"),
            "{debug}"
        );
    }
}
