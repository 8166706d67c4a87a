//! The `GetEventResponse` model.

use togai_codegen_runtime as rt;

/// Get single event response
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct GetEventResponse {
    /// `events`
    pub events: Vec<crate::models::EventWithStatusAndEventPipelineInfo>,
}

rt::deserialize_struct! {
    GetEventResponse { 0 events "events" required, }
}

impl GetEventResponse {
    /// Creates a `GetEventResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(events: Vec<crate::models::EventWithStatusAndEventPipelineInfo>) -> Self {
        Self { events }
    }
}
