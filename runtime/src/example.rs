//! A small client written the way the generator writes one, for this crate's doc examples and
//! unit tests: one server, a bearer and an API key scheme, one error model.

use std::fmt;

use crate as rt;

/// The example API description.
pub static DOCUMENT: rt::Document = rt::Document {
    servers: &[rt::Server {
        url: "https://api.example.com",
        description: "Production",
    }],
    security_schemes: &[
        rt::SecurityScheme {
            name: "bearerAuth",
            kind: rt::SchemeKind::Bearer,
        },
        rt::SecurityScheme {
            name: "apiKey",
            kind: rt::SchemeKind::ApiKey {
                location: rt::ApiKeyLocation::Header,
                name: "X-Api-Key",
            },
        },
    ],
    user_agent: "example-client/1.0.0",
    token_exchange: Some(&TOKEN_EXCHANGE),
};

/// The example's token operation: `POST /token` with the API key as bearer token, answering
/// `{"token": "..."}`.
pub static TOKEN_EXCHANGE: rt::TokenExchangeSpec = rt::TokenExchangeSpec {
    operation: &rt::Operation {
        id: "getToken",
        method: rt::reqwest::Method::POST,
        path: "/token",
        security: &[&["bearerAuth"]],
        retry_safe: false,
        idempotency_key: None,
    },
    token_field: "token",
    lifetime: Some(std::time::Duration::from_secs(3600)),
};

/// The example's error models.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ErrorBody {
    /// `{"message": "..."}`.
    Message(MessageBody),
}

/// An error model with a message.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct MessageBody {
    /// What went wrong.
    pub message: String,
}

impl rt::ErrorBody for ErrorBody {
    fn message(&self) -> Option<&str> {
        match self {
            ErrorBody::Message(body) => Some(&body.message),
        }
    }
}

/// Errors with the example's error bodies.
pub type Error = rt::Error<ErrorBody>;
/// `Result` with the example's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
/// Builds a [`Client`].
pub type ClientBuilder = rt::ClientBuilder<Client>;
pub use rt::RetryPolicy;

/// The example's client.
#[derive(Clone)]
pub struct Client {
    /// The runtime's client.
    pub inner: rt::Client,
}

impl rt::ApiClient for Client {
    type ErrorBody = ErrorBody;
    const DOCUMENT: &'static rt::Document = &DOCUMENT;
    fn from_client(inner: rt::Client) -> Self {
        Client { inner }
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.inner, f)
    }
}

impl Client {
    /// A builder with the defaults.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }
}

fn decode_message(body: &[u8]) -> Option<ErrorBody> {
    serde_json::from_slice(body).ok().map(ErrorBody::Message)
}

/// Every error status has a [`MessageBody`].
pub static ERRORS: &[rt::ErrorCase<ErrorBody>] = &[rt::ErrorCase {
    status: rt::StatusMatch::Default,
    decode: decode_message,
}];
