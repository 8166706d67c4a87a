//! The `IngestBatchEventRequest` model.

use togai_codegen_runtime as rt;

/// Payload for ingesting batch events
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct IngestBatchEventRequest {
    /// `events`
    pub events: Vec<crate::models::Event>,
}

rt::deserialize_struct! {
    IngestBatchEventRequest {
        0 events "events" required,
    }
}
impl IngestBatchEventRequest {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(events: impl Into<Vec<crate::models::Event>>) -> Self {
        Self {
            events: events.into(),
        }
    }
}
