//! The `EventCorrectionRequest` model.
/// Event Correction Payload for event correction
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EventCorrectionRequest {
    /// `event`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<crate::models::Event>,
}
impl EventCorrectionRequest {
    /// Creates a `EventCorrectionRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new() -> Self {
        Self { event: None }
    }
}
