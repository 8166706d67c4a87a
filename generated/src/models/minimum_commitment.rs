//! The `MinimumCommitment` model.
/// The `MinimumCommitment` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MinimumCommitment {
    /// `displayName`
    #[serde(rename = "displayName")]
    pub display_name: String,
    /// `rateValues`
    #[serde(rename = "rateValues")]
    pub rate_values: Vec<crate::models::CurrencyRateValue>,
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
