//! The `GetEventResponse` model.
use crate::runtime as rt;
/// Get single event response
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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
