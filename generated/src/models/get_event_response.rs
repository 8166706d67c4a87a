//! The `GetEventResponse` model.
/// Get single event response
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetEventResponse {
    /// `events`
    pub events: Vec<crate::models::EventWithStatusAndEventPipelineInfo>,
}
impl GetEventResponse {
    /// Creates a `GetEventResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(events: Vec<crate::models::EventWithStatusAndEventPipelineInfo>) -> Self {
        Self { events }
    }
}
