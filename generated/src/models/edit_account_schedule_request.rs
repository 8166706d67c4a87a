//! The `EditAccountScheduleRequest` model.
/// Request to dis/associate one or more schedules to an account
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EditAccountScheduleRequest {
    /// `edits`
    pub edits: Vec<crate::models::UpdateAccountScheduleV2Request>,
}
impl EditAccountScheduleRequest {
    /// Creates a `EditAccountScheduleRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(edits: Vec<crate::models::UpdateAccountScheduleV2Request>) -> Self {
        Self { edits }
    }
}
