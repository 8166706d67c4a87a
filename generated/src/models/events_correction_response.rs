//! The `EventsCorrectionResponse` model.

use togai_codegen_runtime as rt;

/// Events Correction response
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct EventsCorrectionResponse {
    /// `data`
    pub data: Vec<crate::models::EventCorrectionInfo>,
}

rt::deserialize_struct! {
    EventsCorrectionResponse {
        0 data "data" required,
    }
}
impl EventsCorrectionResponse {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(data: impl Into<Vec<crate::models::EventCorrectionInfo>>) -> Self {
        Self { data: data.into() }
    }
}
