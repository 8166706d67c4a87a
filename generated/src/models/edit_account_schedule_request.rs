//! The `EditAccountScheduleRequest` model.
use crate::runtime as rt;
/// Request to dis/associate one or more schedules to an account
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EditAccountScheduleRequest {
    /// `edits`
    pub edits: Vec<crate::models::UpdateAccountScheduleV2Request>,
}
rt::deserialize_struct! {
    EditAccountScheduleRequest { 0 edits "edits" required, }
}
impl EditAccountScheduleRequest {
    /// Creates a `EditAccountScheduleRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(edits: Vec<crate::models::UpdateAccountScheduleV2Request>) -> Self {
        Self { edits }
    }
}
