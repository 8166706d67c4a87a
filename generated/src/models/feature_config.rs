//! The `FeatureConfig` model.

use togai_codegen_runtime as rt;

/// Feature configuration object
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct FeatureConfig {
    /// `effectiveFrom`
    #[serde(rename = "effectiveFrom", skip_serializing_if = "Option::is_none")]
    pub effective_from: Option<String>,
    /// `effectiveUntil`
    #[serde(rename = "effectiveUntil")]
    pub effective_until: String,
    /// `featureCreditLimit`
    #[serde(rename = "featureCreditLimit")]
    pub feature_credit_limit: f64,
}

rt::deserialize_struct! {
    FeatureConfig { 0 effective_from "effectiveFrom" optional, 1 effective_until
    "effectiveUntil" required, 2 feature_credit_limit "featureCreditLimit" required, }
}

impl FeatureConfig {
    /// Creates a `FeatureConfig` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(effective_until: String, feature_credit_limit: f64) -> Self {
        Self {
            effective_from: None,
            effective_until,
            feature_credit_limit,
        }
    }
}
