//! The `EntitlementOverageEntry` model.

use togai_codegen_runtime as rt;

/// The `EntitlementOverageEntry` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct EntitlementOverageEntry {
    /// `featureId`
    #[serde(rename = "featureId")]
    pub feature_id: String,
    /// `quantity`
    pub quantity: f64,
}

rt::deserialize_struct! {
    EntitlementOverageEntry {
        0 feature_id "featureId" required,
        1 quantity "quantity" required,
    }
}
impl EntitlementOverageEntry {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(feature_id: impl Into<String>, quantity: impl Into<f64>) -> Self {
        Self {
            feature_id: feature_id.into(),
            quantity: quantity.into(),
        }
    }
}
