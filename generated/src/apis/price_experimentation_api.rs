//! Price Experimentation apis

use crate::{BodyFuture, Client, RequestOptions, ResponseFuture};
use togai_codegen_runtime as rt;

/// Price Experimentation apis
///
/// Get one from [`Client::price_experimentation`](crate::Client::price_experimentation).
#[derive(Debug, Clone)]
pub struct PriceExperimentationApi {
    client: Client,
}

impl PriceExperimentationApi {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// (DEPRECATED) Calculate and return the revenue for a existing or new price plan
    ///
    /// Calculate and return the revenue for a existing or new price plan
    ///
    /// `POST /revenue_calculator` (operation `calculateRevenue`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn calculate_revenue(
        &self,
        body: crate::models::CalculateRevenueRequest,
    ) -> CalculateRevenueBuilder {
        CalculateRevenueBuilder {
            client: self.client.clone(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Calculate and return the revenue for a existing or new price plan v2
    ///
    /// `POST /v2/revenue_calculator` (operation `calculateRevenueV2`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn calculate_revenue_v2(
        &self,
        body: crate::models::CalculateRevenueRequest,
    ) -> CalculateRevenueV2Builder {
        CalculateRevenueV2Builder {
            client: self.client.clone(),
            body,
            options: RequestOptions::default(),
        }
    }
}

static CALCULATE_REVENUE: rt::Operation = rt::Operation {
    id: "calculateRevenue",
    method: rt::reqwest::Method::POST,
    path: "/revenue_calculator",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`PriceExperimentationApi::calculate_revenue`](super::PriceExperimentationApi::calculate_revenue): `POST /revenue_calculator`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CalculateRevenueBuilder {
    client: Client,
    body: crate::models::CalculateRevenueRequest,
    options: RequestOptions,
}

impl CalculateRevenueBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::CalculateRevenueResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::CalculateRevenueResponse> {
        let mut call = self.client.inner.call(&CALCULATE_REVENUE);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::CalculateRevenueResponse, crate::Error);
}

static CALCULATE_REVENUE_V2: rt::Operation = rt::Operation {
    id: "calculateRevenueV2",
    method: rt::reqwest::Method::POST,
    path: "/v2/revenue_calculator",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`PriceExperimentationApi::calculate_revenue_v2`](super::PriceExperimentationApi::calculate_revenue_v2): `POST /v2/revenue_calculator`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CalculateRevenueV2Builder {
    client: Client,
    body: crate::models::CalculateRevenueRequest,
    options: RequestOptions,
}

impl CalculateRevenueV2Builder {
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
    pub fn send(self) -> BodyFuture<crate::models::CalculateRevenueResponseV2> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::CalculateRevenueResponseV2> {
        let mut call = self.client.inner.call(&CALCULATE_REVENUE_V2);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::CalculateRevenueResponseV2, crate::Error);
}
