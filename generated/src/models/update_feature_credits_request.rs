//! The `UpdateFeatureCreditsRequest` model.

use togai_codegen_runtime as rt;

/// The `UpdateFeatureCreditsRequest` schema.
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct UpdateFeatureCreditsRequest {
    /// Expiry date-time for a feature credits entry
    #[serde(rename = "effectiveUntil", skip_serializing_if = "Option::is_none")]
    pub effective_until: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// Granted units for a feature credits entry
    #[serde(skip_serializing_if = "Option::is_none")]
    pub granted: Option<f64>,
}

rt::deserialize_struct! {
    UpdateFeatureCreditsRequest { 0 effective_until "effectiveUntil" optional
    rt::datetime::OptionSeed, 1 granted "granted" optional, }
}
