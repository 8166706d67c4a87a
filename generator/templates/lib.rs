#![doc = include_str!("lib.md")]
#![warn(missing_docs)]
{%- if doc_cfg %}
// docs.rs shows the feature each API needs.
#![cfg_attr(docsrs, feature(doc_cfg))]
{%- endif %}

pub mod apis;
pub mod auth;
mod document;
#[cfg(feature = "mock")]
pub mod mock;
pub mod models;

use togai_codegen_runtime as rt;

pub use document::{servers, ErrorBody, SERVERS};
pub use rt::{
    http_client_builder, DecodeError, Nullable, Redirect, RequestOptions, Response, RetryPolicy,
    Server,
};
// The crates whose types appear in this crate's API, at the versions it is built with.
pub use rt::{bytes, chrono, reqwest, serde_json};

/// Any failure of a call or of building a client, with this API's error bodies.
pub type Error = rt::Error<ErrorBody>;
/// An error status returned by the server, with the body typed as this API declares it.
pub type ApiError = rt::ApiError<ErrorBody>;
/// `Result` with this crate's [`Error`] as the default error type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
/// What the `send` method of every request builder returns: resolves to the decoded body.
pub type BodyFuture<T> = rt::BodyFuture<T, ErrorBody>;
/// What the `send_with_response` method of every request builder returns: resolves to the
/// decoded body with the status and headers.
pub type ResponseFuture<T> = rt::ResponseFuture<T, ErrorBody>;
/// Configures and builds a [`Client`].
pub type ClientBuilder = rt::ClientBuilder<Client>;

/// Client of the API: cheap to clone (shared connection pool and configuration), `Send` and
/// `Sync`; one accessor per API.
///
/// ```no_run
/// # fn main() -> {{ lib }}::Result<()> {
/// let client = {{ lib }}::Client::builder().build()?;
/// # let _ = client; Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    /// The runtime's client; the operation builders start their calls on it.
    inner: rt::Client,
}

impl rt::ApiClient for Client {
    type ErrorBody = ErrorBody;
    const DOCUMENT: &'static rt::Document = &document::DOCUMENT;
    fn from_client(inner: rt::Client) -> Self {
        Client { inner }
    }
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&self.inner, f)
    }
}

impl Client {
    /// A builder with the defaults.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }

    /// The base URL operation paths are appended to (without trailing slash).
    pub fn base_url(&self) -> &str {
        self.inner.base_url()
    }

{%- for a in accessors %}
{% for line in a.doc %}
    /// {{ line }}
{%- endfor %}
    {{ a.cfg }}
    pub fn {{ a.name }}(&self) -> apis::{{ a.api }} {
        apis::{{ a.api }}::new(self.clone())
    }
{%- endfor %}
}
