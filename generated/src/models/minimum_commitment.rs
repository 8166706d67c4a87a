//! The `MinimumCommitment` model.

use togai_codegen_runtime as rt;

/// The `MinimumCommitment` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct MinimumCommitment {
    /// `displayName`
    #[serde(rename = "displayName")]
    pub display_name: String,
    /// `rateValues`
    #[serde(rename = "rateValues")]
    pub rate_values: Vec<crate::models::CurrencyRateValue>,
}

rt::deserialize_struct! {
    MinimumCommitment {
        0 display_name "displayName" required,
        1 rate_values "rateValues" required,
    }
}
impl MinimumCommitment {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        display_name: impl Into<String>,
        rate_values: impl Into<Vec<crate::models::CurrencyRateValue>>,
    ) -> Self {
        Self {
            display_name: display_name.into(),
            rate_values: rate_values.into(),
        }
    }
}
