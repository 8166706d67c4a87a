//! The `ManageMiscellaneousChargesRequest` model.

use togai_codegen_runtime as rt;

/// Payload to update custom line items
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct ManageMiscellaneousChargesRequest {
    /// `items`
    pub items: Vec<crate::models::MiscellaneousCharge>,
}

rt::deserialize_struct! {
    ManageMiscellaneousChargesRequest {
        0 items "items" required,
    }
}
impl ManageMiscellaneousChargesRequest {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(items: impl Into<Vec<crate::models::MiscellaneousCharge>>) -> Self {
        Self {
            items: items.into(),
        }
    }
}
