//! Facts of the API description, constructed by the generated `document` and `apis` modules:
//! servers, security schemes, operations and parameter styles.

use reqwest::Method;

use crate::document::ErrorBody;

/// A server declared by the API description.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Server {
    /// Base URL of the server, usable with [`ClientBuilder::base_url`](super::ClientBuilder::base_url).
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
    /// The [`ClientBuilder`](super::ClientBuilder) method that configures every scheme of this
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

/// Serialisation of an object query parameter (OpenAPI `style`/`explode`), used by
/// [`Call::query_object`](super::Call::query_object).
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
