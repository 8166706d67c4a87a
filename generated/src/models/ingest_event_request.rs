//! The `IngestEventRequest` model.

use togai_codegen_runtime as rt;

/// Payload for ingesting events
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct IngestEventRequest {
    /// `event`
    pub event: crate::models::Event,
}

rt::deserialize_struct! {
    IngestEventRequest { 0 event "event" required, }
}

impl IngestEventRequest {
    /// Creates a `IngestEventRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(event: crate::models::Event) -> Self {
        Self { event }
    }
}
