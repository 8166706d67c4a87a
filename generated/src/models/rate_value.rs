//! The `RateValue` model.

use togai_codegen_runtime as rt;

/// Represents a rate
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct RateValue {
    /// `currency`
    pub currency: String,
    /// `slabRates`
    #[serde(rename = "slabRates")]
    pub slab_rates: Vec<crate::models::SlabRate>,
    /// `rateConfig`
    #[serde(rename = "rateConfig", skip_serializing_if = "Option::is_none")]
    pub rate_config: Option<std::collections::BTreeMap<String, String>>,
}

rt::deserialize_struct! {
    RateValue { 0 currency "currency" required, 1 slab_rates "slabRates" required, 2
    rate_config "rateConfig" optional, }
}

impl RateValue {
    /// Creates a `RateValue` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(currency: String, slab_rates: Vec<crate::models::SlabRate>) -> Self {
        Self {
            currency,
            slab_rates,
            rate_config: None,
        }
    }
}
