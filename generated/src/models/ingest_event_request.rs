//! The `IngestEventRequest` model.

use togai_codegen_runtime as rt;

/// Payload for ingesting events
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct IngestEventRequest {
    /// `event`
    pub event: crate::models::Event,
}

rt::deserialize_struct! {
    IngestEventRequest {
        0 event "event" required,
    }
}
impl IngestEventRequest {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(event: impl Into<crate::models::Event>) -> Self {
        Self {
            event: event.into(),
        }
    }
}
