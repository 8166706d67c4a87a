//! The `RateValue` model.

use togai_codegen_runtime as rt;

/// Represents a rate
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    RateValue {
        0 currency "currency" required,
        1 slab_rates "slabRates" required,
        2 rate_config "rateConfig" optional,
    }
}
impl RateValue {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        currency: impl Into<String>,
        slab_rates: impl Into<Vec<crate::models::SlabRate>>,
    ) -> Self {
        Self {
            currency: currency.into(),
            slab_rates: slab_rates.into(),
            rate_config: None,
        }
    }

    /// Sets `rate_config` (`rateConfig`); until set, it is left out.
    pub fn with_rate_config(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.rate_config = Some(value.into());
        self
    }
}
