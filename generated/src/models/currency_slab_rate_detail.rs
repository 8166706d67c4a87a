//! The `CurrencySlabRateDetail` model.

use togai_codegen_runtime as rt;

/// The association of a currency along with its slab detail
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct CurrencySlabRateDetail {
    /// `currency`
    pub currency: String,
    /// The amount of credit that needs to be credited
    #[serde(rename = "creditAmount")]
    pub credit_amount: f64,
    /// `slabDetails`
    #[serde(rename = "slabDetails")]
    pub slab_details: Vec<crate::models::SlabDetail>,
    /// `rateConfig`
    #[serde(rename = "rateConfig", skip_serializing_if = "Option::is_none")]
    pub rate_config: Option<std::collections::BTreeMap<String, String>>,
}

rt::deserialize_struct! {
    CurrencySlabRateDetail {
        0 currency "currency" required,
        1 credit_amount "creditAmount" required,
        2 slab_details "slabDetails" required,
        3 rate_config "rateConfig" optional,
    }
}
impl CurrencySlabRateDetail {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        currency: impl Into<String>,
        credit_amount: impl Into<f64>,
        slab_details: impl Into<Vec<crate::models::SlabDetail>>,
    ) -> Self {
        Self {
            currency: currency.into(),
            credit_amount: credit_amount.into(),
            slab_details: slab_details.into(),
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
