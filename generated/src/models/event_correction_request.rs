//! The `EventCorrectionRequest` model.

use togai_codegen_runtime as rt;

/// Event Correction Payload for event correction
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct EventCorrectionRequest {
    /// `event`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event: Option<crate::models::Event>,
}

rt::deserialize_struct! {
    EventCorrectionRequest { 0 event "event" optional, }
}
