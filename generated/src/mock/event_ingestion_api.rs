//! Mocks of the operations of [`EventIngestionApi`](crate::apis::EventIngestionApi).

use togai_codegen_runtime as rt;

impl super::Mock {
    /// The operations of [`EventIngestionApi`](crate::apis::EventIngestionApi) on this mock.
    pub fn event_ingestion(&self) -> EventIngestionApiMock {
        EventIngestionApiMock {
            server: self.server.clone(),
        }
    }
}

/// The operations of [`EventIngestionApi`](crate::apis::EventIngestionApi) on a [`Mock`](super::Mock): a
/// handle per operation, to set its rules and read its requests.
#[derive(Debug, Clone)]
pub struct EventIngestionApiMock {
    server: rt::mock::MockServer,
}

impl EventIngestionApiMock {
    /// Rules and requests of [`EventIngestionApi::ingest`](crate::apis::EventIngestionApi::ingest): `POST /ingest`.
    pub fn ingest(
        &self,
    ) -> rt::mock::MockOperation<IngestRequest, crate::models::IngestEventResponse> {
        self.server
            .operation("ingest", |value| rt::mock::Reply::json(202, value))
    }

    /// Rules and requests of [`EventIngestionApi::ingest_batch`](crate::apis::EventIngestionApi::ingest_batch): `POST /ingestBatch`.
    pub fn ingest_batch(
        &self,
    ) -> rt::mock::MockOperation<
        IngestBatchRequest,
        crate::apis::event_ingestion_api::IngestBatchResponse,
    > {
        self.server.operation("ingestBatch", |value| match value {
            crate::apis::event_ingestion_api::IngestBatchResponse::Accepted(value) => {
                rt::mock::Reply::json(202, value)
            }
            crate::apis::event_ingestion_api::IngestBatchResponse::MultiStatus(value) => {
                rt::mock::Reply::json(207, value)
            }
        })
    }
}

/// The operations the mock routes requests to.
pub(super) static ROUTES: &[rt::mock::Route] = &[
    rt::mock::Route {
        id: "ingest",
        method: "POST",
        path: "/ingest",
        decode: rt::mock::decode::<IngestRequest>,
    },
    rt::mock::Route {
        id: "ingestBatch",
        method: "POST",
        path: "/ingestBatch",
        decode: rt::mock::decode::<IngestBatchRequest>,
    },
];

/// The request of [`EventIngestionApi::ingest`](crate::apis::EventIngestionApi::ingest) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct IngestRequest {
    /// The request body, as the mock decoded it.
    pub body: crate::models::IngestEventRequest,
}

impl rt::mock::RequestView for IngestRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}

/// The request of [`EventIngestionApi::ingest_batch`](crate::apis::EventIngestionApi::ingest_batch) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct IngestBatchRequest {
    /// The request body, as the mock decoded it.
    pub body: crate::models::IngestBatchEventRequest,
}

impl rt::mock::RequestView for IngestBatchRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}
