//! The `EditAccountScheduleRequest` model.

use togai_codegen_runtime as rt;

/// Request to dis/associate one or more schedules to an account
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct EditAccountScheduleRequest {
    /// `edits`
    pub edits: Vec<crate::models::UpdateAccountScheduleV2Request>,
}

rt::deserialize_struct! {
    EditAccountScheduleRequest {
        0 edits "edits" required,
    }
}
impl EditAccountScheduleRequest {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(edits: impl Into<Vec<crate::models::UpdateAccountScheduleV2Request>>) -> Self {
        Self {
            edits: edits.into(),
        }
    }
}
