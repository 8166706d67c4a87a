//! APIs for getting Togai metrics

use crate::{BodyFuture, Client, RequestOptions, ResponseFuture};
use togai_codegen_runtime as rt;

/// APIs for getting Togai metrics
///
/// Get one from [`Client::metrics`](crate::Client::metrics).
#[derive(Debug, Clone)]
pub struct MetricsApi {
    client: Client,
}

impl MetricsApi {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// Get Togai Metrics
    ///
    /// Togai Metrics API allows you to fetch different metrics from Events, Usage Meters and PricePlans with multiple queryable options.
    /// A single request can query up to five metrics.
    /// Single response can contain a maximum of 300 data points.
    ///
    /// `POST /metrics` (operation `getMetrics`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn get_metrics(&self) -> GetMetricsBuilder {
        GetMetricsBuilder {
            client: self.client.clone(),
            body: None,
            options: RequestOptions::default(),
        }
    }
}

static GET_METRICS: rt::Operation = rt::Operation {
    id: "getMetrics",
    method: rt::reqwest::Method::POST,
    path: "/metrics",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`MetricsApi::get_metrics`](super::MetricsApi::get_metrics): `POST /metrics`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMetricsBuilder {
    client: Client,
    body: Option<crate::models::GetMetricsRequest>,
    options: RequestOptions,
}

impl GetMetricsBuilder {
    /// The request body.
    pub fn body(mut self, value: impl Into<crate::models::GetMetricsRequest>) -> Self {
        self.body = Some(value.into());
        self
    }

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
    pub fn send(self) -> BodyFuture<crate::models::GetMetricsResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::GetMetricsResponse> {
        let mut call = self.client.inner.call(&GET_METRICS);
        if let Some(body) = &self.body {
            call.json(body);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::GetMetricsResponse, crate::Error);
}
