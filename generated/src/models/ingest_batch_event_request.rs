//! The `IngestBatchEventRequest` model.

use togai_codegen_runtime as rt;

/// Payload for ingesting batch events
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct IngestBatchEventRequest {
    /// `events`
    pub events: Vec<crate::models::Event>,
}

rt::deserialize_struct! {
    IngestBatchEventRequest { 0 events "events" required, }
}

impl IngestBatchEventRequest {
    /// Creates a `IngestBatchEventRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(events: Vec<crate::models::Event>) -> Self {
        Self { events }
    }
}
