//! Facts of the API description, constructed by the generated `document` and `apis` modules:
//! servers, security schemes, operations and parameter styles.

use reqwest::Method;

/// What the runtime needs to know of an API description as a whole; a generated crate has one
/// `static` of it, named by its [`ApiClient`](crate::ApiClient) impl.
#[derive(Debug)]
pub struct Document {
    /// Every server of the description, in its order; the first is the default base URL.
    pub servers: &'static [Server],
    /// The security schemes operations may require.
    pub security_schemes: &'static [SecurityScheme],
    /// The default `User-Agent`: the generated package and its version.
    pub user_agent: &'static str,
    /// How an API key is exchanged for a token, for [`TokenExchange`](crate::TokenExchange);
    /// `None` when the generator's settings name no token operation.
    pub token_exchange: Option<&'static TokenExchangeSpec>,
}

/// The operation that exchanges an API key for a bearer token, from the generator's settings
/// (`crate.token_exchange`).
#[doc(hidden)]
#[derive(Debug)]
pub struct TokenExchangeSpec {
    /// The token operation, called with the API key as bearer credential.
    pub operation: &'static Operation,
    /// The top-level string field of its JSON response that holds the token.
    pub token_field: &'static str,
    /// How long a token that is not a JWT with an `exp` claim is used; `None`: until the
    /// server rejects it.
    pub lifetime: Option<std::time::Duration>,
}

/// A server declared by the API description.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Server {
    /// Base URL of the server, usable with [`ClientBuilder::base_url`](crate::ClientBuilder::base_url).
    pub url: &'static str,
    /// Human-readable description from the API description.
    pub description: &'static str,
}

/// A security scheme declared by the API description.
#[doc(hidden)]
#[derive(Debug)]
pub struct SecurityScheme {
    /// Name the operations refer to.
    pub name: &'static str,
    /// How the credential is sent.
    pub kind: SchemeKind,
}

/// How a security scheme's credential is sent.
#[doc(hidden)]
#[derive(Debug)]
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
    /// The [`ClientBuilder`](crate::ClientBuilder) method that configures every scheme of this
    /// kind.
    pub(super) fn setter(&self) -> &'static str {
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
    /// Whether every request of the operation is retry-safe: its method is idempotent (GET,
    /// HEAD, PUT, DELETE, OPTIONS, TRACE) or the generator's settings declare it
    /// (`crate.retry_safe_operations`, e.g. an API that deduplicates by id). See
    /// [`RetryPolicy`](crate::RetryPolicy).
    pub retry_safe: bool,
    /// Where a request may carry an idempotency key (`crate.idempotency_key_fields`): a request
    /// that carries one is retry-safe.
    pub idempotency_key: Option<IdempotencyKey>,
}

/// Where a request of an operation may carry an idempotency key.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdempotencyKey {
    /// A top-level property of the JSON body: set when present, not null and not `""`.
    BodyField(&'static str),
    /// A request header (a header parameter or a per-call header): set when not empty.
    Header(&'static str),
}

/// Which error body decoder applies to a status; operations share tables of them
/// (`&'static [ErrorCase<B>]`), handed to [`RawResponse::into_error`](crate::RawResponse::into_error).
#[doc(hidden)]
#[derive(Debug)]
pub struct ErrorCase<B> {
    /// Statuses this case covers.
    pub status: StatusMatch,
    /// Decoder of the body; `None` when the body does not match the schema.
    pub decode: fn(&[u8]) -> Option<B>,
}

/// Status selector of an [`ErrorCase`].
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// Serialisation of an object query parameter (OpenAPI `style`/`explode`), used by
/// [`Call::query_object`](crate::Call::query_object).
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ObjectStyle {
    /// `filter[status]=ACTIVE&filter[range][from]=1` (brackets percent-encoded).
    DeepObject,
    /// `status=ACTIVE&limit=1` when exploded (the parameter name is not sent), else
    /// `filter=status,ACTIVE,limit,1`.
    Form {
        /// One query parameter per property.
        explode: bool,
    },
}
