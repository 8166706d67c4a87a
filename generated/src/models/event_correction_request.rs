//! The `EventCorrectionRequest` model.
/// Event Correction Payload for event correction
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EventCorrectionRequest {
    /// `event`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<crate::models::Event>,
}
