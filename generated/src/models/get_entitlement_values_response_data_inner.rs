//! The `GetEntitlementValuesResponseDataInner` model.
/// The `GetEntitlementValuesResponseDataInner` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetEntitlementValuesResponseDataInner {
    /// Feature ID
    #[serde(rename = "featureId")]
    pub feature_id: String,
    /// Value of the feature
    pub value: String,
}
impl GetEntitlementValuesResponseDataInner {
    /// Creates a `GetEntitlementValuesResponseDataInner` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(feature_id: String, value: String) -> Self {
        Self { feature_id, value }
    }
}
