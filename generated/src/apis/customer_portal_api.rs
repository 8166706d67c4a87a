//! Portal level calls

use crate::{BodyFuture, Client, RequestOptions, ResponseFuture};
use togai_codegen_runtime as rt;

/// Portal level calls
///
/// Get one from [`Client::customer_portal`](crate::Client::customer_portal).
#[derive(Debug, Clone)]
pub struct CustomerPortalApi {
    client: Client,
}

impl CustomerPortalApi {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// Get delegate token for customer portal
    ///
    /// `POST /portal/token` (operation `getCustomerPortalDelegateToken`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn get_customer_portal_delegate_token(
        &self,
        body: crate::models::GetCustomerPortalDelegateTokenRequest,
    ) -> GetCustomerPortalDelegateTokenBuilder {
        GetCustomerPortalDelegateTokenBuilder {
            client: self.client.clone(),
            body,
            options: RequestOptions::default(),
        }
    }
}

static GET_CUSTOMER_PORTAL_DELEGATE_TOKEN: rt::Operation = rt::Operation {
    id: "getCustomerPortalDelegateToken",
    method: rt::reqwest::Method::POST,
    path: "/portal/token",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`CustomerPortalApi::get_customer_portal_delegate_token`](super::CustomerPortalApi::get_customer_portal_delegate_token): `POST /portal/token`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetCustomerPortalDelegateTokenBuilder {
    client: Client,
    body: crate::models::GetCustomerPortalDelegateTokenRequest,
    options: RequestOptions,
}

impl GetCustomerPortalDelegateTokenBuilder {
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
        let mut call = self.client.inner.call(&GET_CUSTOMER_PORTAL_DELEGATE_TOKEN);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::TokenResponse, crate::Error);
}
