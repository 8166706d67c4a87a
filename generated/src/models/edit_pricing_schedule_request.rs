//! The `EditPricingScheduleRequest` model.
/// Request to dis/associate one or more schedules to an account
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EditPricingScheduleRequest {
    /// `edits`
    pub edits: Vec<crate::models::UpdatePricingScheduleRequest>,
}
impl EditPricingScheduleRequest {
    /// Creates a `EditPricingScheduleRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(edits: Vec<crate::models::UpdatePricingScheduleRequest>) -> Self {
        Self { edits }
    }
}
