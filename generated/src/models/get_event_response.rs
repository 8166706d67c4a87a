//! The `GetEventResponse` model.

use togai_codegen_runtime as rt;

/// Get single event response
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct GetEventResponse {
    /// `events`
    pub events: Vec<crate::models::EventWithStatusAndEventPipelineInfo>,
}

rt::deserialize_struct! {
    GetEventResponse {
        0 events "events" required,
    }
}
impl GetEventResponse {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(events: impl Into<Vec<crate::models::EventWithStatusAndEventPipelineInfo>>) -> Self {
        Self {
            events: events.into(),
        }
    }
}
