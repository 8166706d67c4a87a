//! The `EntitlementOverageEntry` model.
/// The `EntitlementOverageEntry` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EntitlementOverageEntry {
    /// `featureId`
    #[serde(rename = "featureId")]
    pub feature_id: String,
    /// `quantity`
    pub quantity: f64,
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
