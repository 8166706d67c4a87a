//! The `CurrencySlabRateDetail` model.

use togai_codegen_runtime as rt;

/// The association of a currency along with its slab detail
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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
    CurrencySlabRateDetail { 0 currency "currency" required, 1 credit_amount
    "creditAmount" required, 2 slab_details "slabDetails" required, 3 rate_config
    "rateConfig" optional, }
}

impl CurrencySlabRateDetail {
    /// Creates a `CurrencySlabRateDetail` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        currency: String,
        credit_amount: f64,
        slab_details: Vec<crate::models::SlabDetail>,
    ) -> Self {
        Self {
            currency,
            credit_amount,
            slab_details,
            rate_config: None,
        }
    }
}
