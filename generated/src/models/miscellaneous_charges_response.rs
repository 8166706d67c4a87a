//! The `MiscellaneousChargesResponse` model.

use togai_codegen_runtime as rt;

/// Miscellaneous charges response
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct MiscellaneousChargesResponse {
    /// `data`
    pub data: Vec<crate::models::MiscellaneousCharge>,
}

rt::deserialize_struct! {
    MiscellaneousChargesResponse {
        0 data "data" required,
    }
}
impl MiscellaneousChargesResponse {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(data: impl Into<Vec<crate::models::MiscellaneousCharge>>) -> Self {
        Self { data: data.into() }
    }
}
