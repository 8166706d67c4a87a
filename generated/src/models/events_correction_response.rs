//! The `EventsCorrectionResponse` model.

use togai_codegen_runtime as rt;

/// Events Correction response
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct EventsCorrectionResponse {
    /// `data`
    pub data: Vec<crate::models::EventCorrectionInfo>,
}

rt::deserialize_struct! {
    EventsCorrectionResponse { 0 data "data" required, }
}

impl EventsCorrectionResponse {
    /// Creates a `EventsCorrectionResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::EventCorrectionInfo>) -> Self {
        Self { data }
    }
}
