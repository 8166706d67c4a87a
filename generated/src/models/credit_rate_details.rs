//! The `CreditRateDetails` model.

use togai_codegen_runtime as rt;

/// Amount to be credited
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct CreditRateDetails {
    /// `pricingModel`
    #[serde(rename = "pricingModel")]
    pub pricing_model: crate::models::PricingModel,
    /// `currencySlabRateDetails`
    #[serde(rename = "currencySlabRateDetails")]
    pub currency_slab_rate_details: Vec<crate::models::CurrencySlabRateDetail>,
}

rt::deserialize_struct! {
    CreditRateDetails { 0 pricing_model "pricingModel" required, 1
    currency_slab_rate_details "currencySlabRateDetails" required, }
}

impl CreditRateDetails {
    /// Creates a `CreditRateDetails` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        pricing_model: crate::models::PricingModel,
        currency_slab_rate_details: Vec<crate::models::CurrencySlabRateDetail>,
    ) -> Self {
        Self {
            pricing_model,
            currency_slab_rate_details,
        }
    }
}
