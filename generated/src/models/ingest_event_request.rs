//! The `IngestEventRequest` model.
/// Payload for ingesting events
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IngestEventRequest {
    /// `event`
    pub event: crate::models::Event,
}
impl IngestEventRequest {
    /// Creates a `IngestEventRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(event: crate::models::Event) -> Self {
        Self { event }
    }
}
