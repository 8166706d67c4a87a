//! Authentication API

use crate::{BodyFuture, Client, RequestOptions, ResponseFuture};
use togai_codegen_runtime as rt;

/// Authentication API
///
/// Get one from [`Client::authentication`](crate::Client::authentication).
#[derive(Debug, Clone)]
pub struct AuthenticationApi {
    client: Client,
}

impl AuthenticationApi {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// Generate short lived bearer token
    ///
    /// Generates and returns a bearer token. Behavior of this API differs on the basis of the auth mechanism used to make the request.
    ///   - For API key auth, this API generates a JWT token whcih is valid for 24 hours and returns it.
    ///   - For JWT bearer auth, returns the same JWT token in response
    ///     For information on how to generate API token, refer [Generating New API Keys](https://docs.togai.com/api-reference/authentication#generating-new-api-keys) section of docs.
    ///
    /// `POST /authenticate` (operation `authenticate`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn authenticate(&self) -> AuthenticateBuilder {
        AuthenticateBuilder {
            client: self.client.clone(),
            options: RequestOptions::default(),
        }
    }
}

static AUTHENTICATE: rt::Operation = rt::Operation {
    id: "authenticate",
    method: rt::reqwest::Method::POST,
    path: "/authenticate",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`AuthenticationApi::authenticate`](super::AuthenticationApi::authenticate): `POST /authenticate`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AuthenticateBuilder {
    client: Client,
    options: RequestOptions,
}

impl AuthenticateBuilder {
    /// Per-call options (timeout, retry policy, headers), replacing those set before.
    pub fn options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Adds a header to this request only.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options = self.options.header(name, value);
        self
    }

    /// Sends the request and decodes the response body.
    pub fn send(self) -> BodyFuture<crate::models::TokenResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::TokenResponse> {
        let mut call = self.client.inner.call(&AUTHENTICATE);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::TokenResponse, crate::Error);
}
