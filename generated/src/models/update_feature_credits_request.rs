//! The `UpdateFeatureCreditsRequest` model.

use togai_codegen_runtime as rt;

/// The `UpdateFeatureCreditsRequest` schema.
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct UpdateFeatureCreditsRequest {
    /// Expiry date-time for a feature credits entry
    #[serde(rename = "effectiveUntil", skip_serializing_if = "Option::is_none")]
    pub effective_until: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// Granted units for a feature credits entry
    #[serde(skip_serializing_if = "Option::is_none")]
    pub granted: Option<f64>,
}

rt::deserialize_struct! {
    UpdateFeatureCreditsRequest {
        0 effective_until "effectiveUntil" optional rt::datetime::OptionSeed,
        1 granted "granted" optional,
    }
}
impl UpdateFeatureCreditsRequest {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `effective_until` (`effectiveUntil`); until set, it is left out.
    pub fn with_effective_until(
        mut self,
        value: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        self.effective_until = Some(value.into());
        self
    }

    /// Sets `granted`; until set, it is left out.
    pub fn with_granted(mut self, value: impl Into<f64>) -> Self {
        self.granted = Some(value.into());
        self
    }
}
