//! The `EventsCorrectionResponse` model.
/// Events Correction response
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EventsCorrectionResponse {
    /// `data`
    pub data: Vec<crate::models::EventCorrectionInfo>,
}
impl EventsCorrectionResponse {
    /// Creates a `EventsCorrectionResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::EventCorrectionInfo>) -> Self {
        Self { data }
    }
}
