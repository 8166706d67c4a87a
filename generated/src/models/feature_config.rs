//! The `FeatureConfig` model.

use togai_codegen_runtime as rt;

/// Feature configuration object
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    FeatureConfig {
        0 effective_from "effectiveFrom" optional,
        1 effective_until "effectiveUntil" required,
        2 feature_credit_limit "featureCreditLimit" required,
    }
}
impl FeatureConfig {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(effective_until: impl Into<String>, feature_credit_limit: impl Into<f64>) -> Self {
        Self {
            effective_from: None,
            effective_until: effective_until.into(),
            feature_credit_limit: feature_credit_limit.into(),
        }
    }

    /// Sets `effective_from` (`effectiveFrom`); until set, it is left out.
    pub fn with_effective_from(mut self, value: impl Into<String>) -> Self {
        self.effective_from = Some(value.into());
        self
    }
}
