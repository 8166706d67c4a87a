//! The `EditPricingScheduleRequest` model.

use togai_codegen_runtime as rt;

/// Request to dis/associate one or more schedules to an account
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct EditPricingScheduleRequest {
    /// `edits`
    pub edits: Vec<crate::models::UpdatePricingScheduleRequest>,
}

rt::deserialize_struct! {
    EditPricingScheduleRequest { 0 edits "edits" required, }
}

impl EditPricingScheduleRequest {
    /// Creates a `EditPricingScheduleRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(edits: Vec<crate::models::UpdatePricingScheduleRequest>) -> Self {
        Self { edits }
    }
}
