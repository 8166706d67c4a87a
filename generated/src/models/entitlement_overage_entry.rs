//! The `EntitlementOverageEntry` model.

use togai_codegen_runtime as rt;

/// The `EntitlementOverageEntry` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct EntitlementOverageEntry {
    /// `featureId`
    #[serde(rename = "featureId")]
    pub feature_id: String,
    /// `quantity`
    pub quantity: f64,
}

rt::deserialize_struct! {
    EntitlementOverageEntry { 0 feature_id "featureId" required, 1 quantity "quantity"
    required, }
}

impl EntitlementOverageEntry {
    /// Creates a `EntitlementOverageEntry` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(feature_id: String, quantity: f64) -> Self {
        Self {
            feature_id,
            quantity,
        }
    }
}
