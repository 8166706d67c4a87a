//! The `FeatureDetails` model.

use togai_codegen_runtime as rt;

/// details of feature associated with event schema with attribute name
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct FeatureDetails {
    /// `featureId`
    #[serde(rename = "featureId")]
    pub feature_id: String,
    /// `attributeName`
    #[serde(rename = "attributeName")]
    pub attribute_name: String,
}

rt::deserialize_struct! {
    FeatureDetails {
        0 feature_id "featureId" required,
        1 attribute_name "attributeName" required,
    }
}
impl FeatureDetails {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(feature_id: impl Into<String>, attribute_name: impl Into<String>) -> Self {
        Self {
            feature_id: feature_id.into(),
            attribute_name: attribute_name.into(),
        }
    }
}
