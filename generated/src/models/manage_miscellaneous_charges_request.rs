//! The `ManageMiscellaneousChargesRequest` model.

use togai_codegen_runtime as rt;

/// Payload to update custom line items
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct ManageMiscellaneousChargesRequest {
    /// `items`
    pub items: Vec<crate::models::MiscellaneousCharge>,
}

rt::deserialize_struct! {
    ManageMiscellaneousChargesRequest { 0 items "items" required, }
}

impl ManageMiscellaneousChargesRequest {
    /// Creates a `ManageMiscellaneousChargesRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(items: Vec<crate::models::MiscellaneousCharge>) -> Self {
        Self { items }
    }
}
