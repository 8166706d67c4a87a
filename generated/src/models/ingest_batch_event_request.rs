//! The `IngestBatchEventRequest` model.
/// Payload for ingesting batch events
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IngestBatchEventRequest {
    /// `events`
    pub events: Vec<crate::models::Event>,
}
impl IngestBatchEventRequest {
    /// Creates a `IngestBatchEventRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(events: Vec<crate::models::Event>) -> Self {
        Self { events }
    }
}
