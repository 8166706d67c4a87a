//! The `EventsCorrectionResponse` model.
use crate::runtime as rt;
/// Events Correction response
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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
