//! The `EventCorrectionRequest` model.

use togai_codegen_runtime as rt;

/// Event Correction Payload for event correction
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct EventCorrectionRequest {
    /// `event`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event: Option<crate::models::Event>,
}

rt::deserialize_struct! {
    EventCorrectionRequest {
        0 event "event" optional,
    }
}
impl EventCorrectionRequest {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `event`; until set, it is left out.
    pub fn with_event(mut self, value: impl Into<crate::models::Event>) -> Self {
        self.event = Some(value.into());
        self
    }
}
