//! Errors of calls and of building a client.

use std::fmt;
use std::time::Duration;

use reqwest::header::HeaderMap;
use reqwest::StatusCode;

use super::response::SNIPPET_LIMIT;
use super::retry::retry_after;

/// What the runtime itself fails with: every [`Error`] but [`Error::Api`], whose typed body
/// only the generated crate knows ([`Error::widen`] gives it that type).
pub type Result<T, E = Error<NoErrorBody>> = std::result::Result<T, E>;

/// The runtime's own failures.
pub(crate) type RuntimeError = Error<NoErrorBody>;

/// An [`Error::Config`] with `message`.
pub(crate) fn config(message: impl Into<String>) -> Error<NoErrorBody> {
    Error::Config(message.into())
}

/// The error models of an API description: a generated crate's `ErrorBody` enum, with one
/// variant per model its operations declare for error statuses.
pub trait ErrorBody: fmt::Debug + Send + Sync + 'static {
    /// The server's human-readable message, where the body has one.
    fn message(&self) -> Option<&str>;
}

/// The error body type of the runtime's own failures, which never hold one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoErrorBody {}

impl ErrorBody for NoErrorBody {
    fn message(&self) -> Option<&str> {
        match *self {}
    }
}

/// Any failure of a call or of building a client; `B` is the generated crate's `ErrorBody`
/// (the crate names this type `Error`).
///
/// ```no_run
/// # use togai_codegen_runtime::example as my_api;
/// # async fn handle(result: my_api::Result<()>) {
/// use my_api::Error;
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
pub enum Error<B> {
    /// The server answered with an error status.
    Api(Box<ApiError<B>>),
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
    /// The call's deadline ([`RequestOptions::deadline`](crate::RequestOptions::deadline), or
    /// the client's) passed before it completed, retries and waits included. The request may
    /// have reached the server.
    Deadline(Duration),
    /// The response body is longer than
    /// [`ClientBuilder::max_response_bytes`](crate::ClientBuilder::max_response_bytes) allows
    /// (by its `Content-Length`, or as it was read); the rest of it was not read.
    ResponseTooLarge {
        /// The HTTP status.
        status: u16,
        /// The limit, in bytes.
        limit: u64,
    },
    /// The [`TokenProvider`](crate::TokenProvider) failed and no valid token was cached; the
    /// request was not sent (or, after a 401, not repeated).
    TokenProvider(Box<dyn std::error::Error + Send + Sync>),
}

impl Error<NoErrorBody> {
    /// The same failure as the error type of a generated crate. The runtime's own failures never
    /// carry a typed error body.
    pub fn widen<B>(self) -> Error<B> {
        match self {
            Error::Api(err) => {
                let ApiError {
                    status,
                    headers,
                    request_id,
                    body: _,
                    raw_body,
                } = *err;
                Error::Api(Box::new(ApiError {
                    status,
                    headers,
                    request_id,
                    body: None,
                    raw_body,
                }))
            }
            Error::Decode(err) => Error::Decode(err),
            Error::Timeout(err) => Error::Timeout(err),
            Error::Transport(err) => Error::Transport(err),
            Error::Encode(err) => Error::Encode(err),
            Error::Config(message) => Error::Config(message),
            Error::UnexpectedResponse { status, message } => {
                Error::UnexpectedResponse { status, message }
            }
            Error::Deadline(deadline) => Error::Deadline(deadline),
            Error::ResponseTooLarge { status, limit } => Error::ResponseTooLarge { status, limit },
            Error::TokenProvider(err) => Error::TokenProvider(err),
        }
    }
}

impl<B> Error<B> {
    /// The HTTP status, if a response was received.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api(err) => Some(err.status),
            Error::Decode(err) => Some(err.status),
            Error::UnexpectedResponse { status, .. } | Error::ResponseTooLarge { status, .. } => {
                Some(*status)
            }
            _ => None,
        }
    }

    /// The error response, for [`Error::Api`].
    pub fn api(&self) -> Option<&ApiError<B>> {
        match self {
            Error::Api(err) => Some(err),
            _ => None,
        }
    }

    /// Whether an attempt timed out ([`Error::Timeout`]) or the call's deadline passed
    /// ([`Error::Deadline`]).
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Timeout(_) | Error::Deadline(_))
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

impl<B: ErrorBody> fmt::Display for Error<B> {
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
            Error::Deadline(deadline) => {
                write!(
                    f,
                    "the call's deadline of {deadline:?} passed before it completed"
                )
            }
            Error::ResponseTooLarge { status, limit } => write!(
                f,
                "the body of the HTTP {status} response is longer than the limit of {limit} bytes \
                 (ClientBuilder::max_response_bytes); it was not read"
            ),
            // The provider's error is available through `source()`.
            Error::TokenProvider(_) => f.write_str("the token provider failed to give a token"),
        }
    }
}

impl<B: ErrorBody> std::error::Error for Error<B> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Decode(err) => Some(&err.source),
            Error::Timeout(err) | Error::Transport(err) => Some(err),
            Error::Encode(err) => Some(err),
            Error::TokenProvider(err) => Some(&**err),
            _ => None,
        }
    }
}

/// An error status returned by the server.
///
/// `Display` reads like `HTTP 404 Not Found: Customer not found (request id abc)`.
#[derive(Debug, Clone)]
pub struct ApiError<B> {
    pub(crate) status: u16,
    pub(crate) headers: HeaderMap,
    pub(crate) request_id: Option<String>,
    pub(crate) body: Option<B>,
    pub(crate) raw_body: String,
}

impl<B> ApiError<B> {
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
    pub fn body(&self) -> Option<&B> {
        self.body.as_ref()
    }

    /// The body as text, truncated to 4 KiB.
    pub fn raw_body(&self) -> &str {
        &self.raw_body
    }

    /// How long the server asked to wait (`Retry-After`), e.g. on 429.
    pub fn retry_after(&self) -> Option<Duration> {
        retry_after(&self.headers)
    }
}

impl<B: ErrorBody> ApiError<B> {
    /// The server's message from the typed body, else the start of the raw body.
    pub fn message(&self) -> Option<&str> {
        if let Some(message) = self.body.as_ref().and_then(B::message) {
            return Some(message);
        }
        let raw = self.raw_body.trim();
        let mut end = raw.len().min(SNIPPET_LIMIT);
        while !raw.is_char_boundary(end) {
            end -= 1;
        }
        Some(&raw[..end]).filter(|m| !m.is_empty())
    }
}

impl<B: ErrorBody> fmt::Display for ApiError<B> {
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

impl<B: ErrorBody> std::error::Error for ApiError<B> {}

/// A success response whose body did not match the expected model.
///
/// `Display` reads like
/// ``failed to decode response of getCustomer at `data[3].status`: unknown variant ...``.
#[derive(Debug)]
pub struct DecodeError {
    pub(crate) operation: &'static str,
    pub(crate) status: u16,
    pub(crate) path: String,
    pub(crate) request_id: Option<String>,
    pub(crate) body_snippet: String,
    pub(crate) source: serde_json::Error,
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

#[cfg(test)]
mod tests {
    use reqwest::header::HeaderValue;

    use super::*;

    /// An error body with an optional message.
    #[derive(Debug)]
    struct Body(Option<&'static str>);

    impl ErrorBody for Body {
        fn message(&self) -> Option<&str> {
            self.0
        }
    }

    fn api_error<B>(status: u16, body: Option<B>, raw_body: &str) -> ApiError<B> {
        let mut headers = HeaderMap::new();
        headers.insert("retry-after", HeaderValue::from_static("7"));
        ApiError {
            status,
            headers,
            request_id: Some("req-1".to_owned()),
            body,
            raw_body: raw_body.to_owned(),
        }
    }

    fn json_error() -> serde_json::Error {
        serde_json::from_str::<u8>("\"x\"").unwrap_err()
    }

    fn reqwest_error() -> reqwest::Error {
        crate::http_client_builder()
            .build()
            .unwrap()
            .get("not a url")
            .build()
            .unwrap_err()
    }

    #[test]
    fn widen_keeps_the_api_error_but_its_typed_body() {
        let runtime: RuntimeError = Error::Api(Box::new(api_error(503, None, "busy")));
        let widened: Error<Body> = runtime.widen();
        let api = widened.api().expect("still an API error");
        assert_eq!(api.status(), 503);
        assert_eq!(api.request_id(), Some("req-1"));
        assert_eq!(api.raw_body(), "busy");
        assert_eq!(api.retry_after(), Some(Duration::from_secs(7)));
        assert!(api.body().is_none());
    }

    #[test]
    fn widen_keeps_every_other_variant_and_its_data() {
        let decode = DecodeError {
            operation: "getThing",
            status: 200,
            path: "data[0]".to_owned(),
            request_id: Some("req-2".to_owned()),
            body_snippet: "{".to_owned(),
            source: json_error(),
        };
        match RuntimeError::Decode(Box::new(decode)).widen::<Body>() {
            Error::Decode(err) => {
                assert_eq!(
                    (err.operation(), err.status(), err.path()),
                    ("getThing", 200, "data[0]")
                );
                assert_eq!((err.request_id(), err.body_snippet()), (Some("req-2"), "{"));
            }
            other => panic!("{other:?}"),
        }
        let source = reqwest_error().to_string();
        assert!(
            matches!(RuntimeError::Timeout(reqwest_error()).widen::<Body>(),
            Error::Timeout(e) if e.to_string() == source)
        );
        assert!(
            matches!(RuntimeError::Transport(reqwest_error()).widen::<Body>(),
            Error::Transport(e) if e.to_string() == source)
        );
        let source = json_error().to_string();
        assert!(matches!(RuntimeError::Encode(json_error()).widen::<Body>(),
            Error::Encode(e) if e.to_string() == source));
        assert!(matches!(config("bad").widen::<Body>(), Error::Config(m) if m == "bad"));
        let unexpected = RuntimeError::UnexpectedResponse {
            status: 302,
            message: "no Location".to_owned(),
        };
        assert!(matches!(unexpected.widen::<Body>(),
            Error::UnexpectedResponse { status: 302, message } if message == "no Location"));
    }

    #[test]
    fn message_prefers_the_typed_body() {
        let error = api_error(400, Some(Body(Some("typed"))), "{\"message\":\"raw\"}");
        assert_eq!(error.message(), Some("typed"));
    }

    #[test]
    fn message_falls_back_to_the_trimmed_raw_body() {
        let error = api_error(400, Some(Body(None)), "  \n plain text \n");
        assert_eq!(error.message(), Some("plain text"));
        assert_eq!(api_error::<Body>(400, None, " \n ").message(), None);
    }

    #[test]
    fn raw_body_message_is_cut_on_a_char_boundary() {
        // `é` takes the bytes SNIPPET_LIMIT - 1 and SNIPPET_LIMIT: it is dropped whole.
        let raw = format!("{}é and more", "a".repeat(SNIPPET_LIMIT - 1));
        let error = api_error::<Body>(500, None, &raw);
        assert_eq!(error.message(), Some(&raw[..SNIPPET_LIMIT - 1]));
        let raw = "€".repeat(SNIPPET_LIMIT);
        let message = api_error::<Body>(500, None, &raw)
            .message()
            .unwrap()
            .to_owned();
        assert_eq!(message.len(), SNIPPET_LIMIT / 3 * 3);
    }

    #[test]
    fn api_error_display_has_status_reason_message_and_request_id() {
        let error = api_error(404, Some(Body(Some("Customer not found"))), "");
        assert_eq!(
            error.to_string(),
            "HTTP 404 Not Found: Customer not found (request id req-1)"
        );
        let mut error = api_error::<Body>(599, None, "");
        error.request_id = None;
        assert_eq!(error.to_string(), "HTTP 599");
    }

    #[test]
    fn error_display_of_each_variant() {
        let shown = |e: Error<Body>| e.to_string();
        assert_eq!(
            shown(Error::Config("base URL missing".into())),
            "invalid configuration: base URL missing"
        );
        assert_eq!(
            shown(Error::UnexpectedResponse {
                status: 200,
                message: "undeclared".into()
            }),
            "unexpected response (HTTP 200): undeclared"
        );
        assert_eq!(shown(Error::Timeout(reqwest_error())), "request timed out");
        assert_eq!(
            shown(Error::Transport(reqwest_error())),
            "HTTP request failed"
        );
        let decode = DecodeError {
            operation: "listThings",
            status: 200,
            path: "data[3].status".to_owned(),
            request_id: None,
            body_snippet: String::new(),
            source: json_error(),
        };
        let text = shown(Error::Decode(Box::new(decode)));
        assert!(
            text.starts_with(
                "failed to decode response of listThings at `data[3].status`: invalid type"
            ),
            "{text}"
        );
    }

    #[test]
    fn accessors_report_status_request_id_and_timeout() {
        let api: Error<Body> = Error::Api(Box::new(api_error(429, None, "")));
        assert_eq!(
            (api.status(), api.request_id(), api.is_timeout()),
            (Some(429), Some("req-1"), false)
        );
        let timeout: Error<Body> = Error::Timeout(reqwest_error());
        assert_eq!((timeout.status(), timeout.is_timeout()), (None, true));
        let config: Error<Body> = Error::Config(String::new());
        assert!(config.api().is_none() && config.request_id().is_none());
    }

    #[test]
    fn sources_are_the_underlying_errors() {
        use std::error::Error as _;
        let encode: Error<Body> = Error::Encode(json_error());
        assert_eq!(
            encode.source().unwrap().to_string(),
            json_error().to_string()
        );
        let config: Error<Body> = Error::Config("x".into());
        assert!(config.source().is_none());
    }
}
