//! The `FeatureConfig` model.
/// Feature configuration object
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FeatureConfig {
    /// `effectiveFrom`
    #[serde(
        rename = "effectiveFrom",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub effective_from: Option<String>,
    /// `effectiveUntil`
    #[serde(rename = "effectiveUntil")]
    pub effective_until: String,
    /// `featureCreditLimit`
    #[serde(rename = "featureCreditLimit")]
    pub feature_credit_limit: f64,
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
