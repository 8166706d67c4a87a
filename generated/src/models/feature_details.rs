//! The `FeatureDetails` model.

use togai_codegen_runtime as rt;

/// details of feature associated with event schema with attribute name
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct FeatureDetails {
    /// `featureId`
    #[serde(rename = "featureId")]
    pub feature_id: String,
    /// `attributeName`
    #[serde(rename = "attributeName")]
    pub attribute_name: String,
}

rt::deserialize_struct! {
    FeatureDetails { 0 feature_id "featureId" required, 1 attribute_name "attributeName"
    required, }
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
