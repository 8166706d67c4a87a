//! The operations tagged `Event Ingestion`.

use crate::{BodyFuture, Client, RequestOptions, ResponseFuture};
use togai_codegen_runtime as rt;

/// The operations tagged `Event Ingestion`.
///
/// Get one from [`Client::event_ingestion`](crate::Client::event_ingestion).
#[derive(Debug, Clone)]
pub struct EventIngestionApi {
    client: Client,
}

impl EventIngestionApi {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// Ingest events to Togai
    ///
    /// This API let’s you to ingest events to your Togai account.
    /// Events ingested using this API will be processed via associated usage meters and further via associated price plans to generate final billable value to invoice the customer
    /// Read more about [Event Ingestion](https://docs.togai.com/docs/event-ingestion)
    ///
    /// `POST /ingest` (operation `ingest`).
    ///
    /// Retries: retry-safe (declared in the generator's settings: the server deduplicates it): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn ingest(&self, body: crate::models::IngestEventRequest) -> IngestBuilder {
        IngestBuilder {
            client: self.client.clone(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Ingest events to Togai in batch
    ///
    /// This API let’s you to ingest events in batch upto 500 events.
    /// Ingest large amounts of events up to 500 in batches in an array using this API.
    ///
    /// `POST /ingestBatch` (operation `ingestBatch`).
    ///
    /// Retries: retry-safe (declared in the generator's settings: the server deduplicates it): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn ingest_batch(&self, body: crate::models::IngestBatchEventRequest) -> IngestBatchBuilder {
        IngestBatchBuilder {
            client: self.client.clone(),
            body,
            options: RequestOptions::default(),
        }
    }
}

static INGEST: rt::Operation = rt::Operation {
    id: "ingest",
    method: rt::reqwest::Method::POST,
    path: "/ingest",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`EventIngestionApi::ingest`](super::EventIngestionApi::ingest): `POST /ingest`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct IngestBuilder {
    client: Client,
    body: crate::models::IngestEventRequest,
    options: RequestOptions,
}

impl IngestBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::IngestEventResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::IngestEventResponse> {
        let mut call = self.client.inner.call(&INGEST);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            202 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_422_429_503_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::IngestEventResponse, crate::Error);
}

static INGEST_BATCH: rt::Operation = rt::Operation {
    id: "ingestBatch",
    method: rt::reqwest::Method::POST,
    path: "/ingestBatch",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`EventIngestionApi::ingest_batch`](super::EventIngestionApi::ingest_batch): `POST /ingestBatch`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct IngestBatchBuilder {
    client: Client,
    body: crate::models::IngestBatchEventRequest,
    options: RequestOptions,
}

impl IngestBatchBuilder {
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
    pub fn send(self) -> BodyFuture<IngestBatchResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<IngestBatchResponse> {
        let mut call = self.client.inner.call(&INGEST_BATCH);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            202 => resp.json().map(|r| r.map(IngestBatchResponse::Accepted)),
            207 => resp.json().map(|r| r.map(IngestBatchResponse::MultiStatus)),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_422_429_503_DEFAULT)),
        })
    }

    rt::blocking_methods!(IngestBatchResponse, crate::Error);
}

/// The success responses of [`EventIngestionApi::ingest_batch`](EventIngestionApi::ingest_batch).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum IngestBatchResponse {
    /// 202: Successfully accepted to process all the events from payload.
    Accepted(crate::models::IngestEventResponse),
    /// 207: Partial failure. Few events from request were not accepted
    MultiStatus(crate::models::IngestEventResponse),
}
