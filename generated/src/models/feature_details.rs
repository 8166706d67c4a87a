//! The `FeatureDetails` model.
/// details of feature associated with event schema with attribute name
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FeatureDetails {
    /// `featureId`
    #[serde(rename = "featureId")]
    pub feature_id: String,
    /// `attributeName`
    #[serde(rename = "attributeName")]
    pub attribute_name: String,
}
impl FeatureDetails {
    /// Creates a `FeatureDetails` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(feature_id: String, attribute_name: String) -> Self {
        Self {
            feature_id,
            attribute_name,
        }
    }
}
