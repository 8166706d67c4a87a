//! The `MiscellaneousChargesResponse` model.

use togai_codegen_runtime as rt;

/// Miscellaneous charges response
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct MiscellaneousChargesResponse {
    /// `data`
    pub data: Vec<crate::models::MiscellaneousCharge>,
}

rt::deserialize_struct! {
    MiscellaneousChargesResponse { 0 data "data" required, }
}

impl MiscellaneousChargesResponse {
    /// Creates a `MiscellaneousChargesResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::MiscellaneousCharge>) -> Self {
        Self { data }
    }
}
