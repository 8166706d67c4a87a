//! The `GetEntitlementValuesResponseDataInner` model.

use togai_codegen_runtime as rt;

/// The `GetEntitlementValuesResponseDataInner` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct GetEntitlementValuesResponseDataInner {
    /// Feature ID
    #[serde(rename = "featureId")]
    pub feature_id: String,
    /// Value of the feature
    pub value: String,
}

rt::deserialize_struct! {
    GetEntitlementValuesResponseDataInner { 0 feature_id "featureId" required, 1 value
    "value" required, }
}

impl GetEntitlementValuesResponseDataInner {
    /// Creates a `GetEntitlementValuesResponseDataInner` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(feature_id: String, value: String) -> Self {
        Self { feature_id, value }
    }
}
