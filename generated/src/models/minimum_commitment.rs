//! The `MinimumCommitment` model.

use togai_codegen_runtime as rt;

/// The `MinimumCommitment` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct MinimumCommitment {
    /// `displayName`
    #[serde(rename = "displayName")]
    pub display_name: String,
    /// `rateValues`
    #[serde(rename = "rateValues")]
    pub rate_values: Vec<crate::models::CurrencyRateValue>,
}

rt::deserialize_struct! {
    MinimumCommitment { 0 display_name "displayName" required, 1 rate_values "rateValues"
    required, }
}

impl MinimumCommitment {
    /// Creates a `MinimumCommitment` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(display_name: String, rate_values: Vec<crate::models::CurrencyRateValue>) -> Self {
        Self {
            display_name,
            rate_values,
        }
    }
}
