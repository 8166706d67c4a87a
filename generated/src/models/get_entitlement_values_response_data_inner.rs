//! The `GetEntitlementValuesResponseDataInner` model.

use togai_codegen_runtime as rt;

/// The `GetEntitlementValuesResponseDataInner` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct GetEntitlementValuesResponseDataInner {
    /// Feature ID
    #[serde(rename = "featureId")]
    pub feature_id: String,
    /// Value of the feature
    pub value: String,
}

rt::deserialize_struct! {
    GetEntitlementValuesResponseDataInner {
        0 feature_id "featureId" required,
        1 value "value" required,
    }
}
impl GetEntitlementValuesResponseDataInner {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(feature_id: impl Into<String>, value: impl Into<String>) -> Self {
        Self {
            feature_id: feature_id.into(),
            value: value.into(),
        }
    }
}
