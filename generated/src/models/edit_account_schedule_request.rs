//! The `EditAccountScheduleRequest` model.

use togai_codegen_runtime as rt;

/// Request to dis/associate one or more schedules to an account
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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
