//! The `EditPricingScheduleRequest` model.

use togai_codegen_runtime as rt;

/// Request to dis/associate one or more schedules to an account
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct EditPricingScheduleRequest {
    /// `edits`
    pub edits: Vec<crate::models::UpdatePricingScheduleRequest>,
}

rt::deserialize_struct! {
    EditPricingScheduleRequest {
        0 edits "edits" required,
    }
}
impl EditPricingScheduleRequest {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(edits: impl Into<Vec<crate::models::UpdatePricingScheduleRequest>>) -> Self {
        Self {
            edits: edits.into(),
        }
    }
}
