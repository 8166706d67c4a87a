//! The `CreditRateDetails` model.

use togai_codegen_runtime as rt;

/// Amount to be credited
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct CreditRateDetails {
    /// `pricingModel`
    #[serde(rename = "pricingModel")]
    pub pricing_model: crate::models::PricingModel,
    /// `currencySlabRateDetails`
    #[serde(rename = "currencySlabRateDetails")]
    pub currency_slab_rate_details: Vec<crate::models::CurrencySlabRateDetail>,
}

rt::deserialize_struct! {
    CreditRateDetails {
        0 pricing_model "pricingModel" required,
        1 currency_slab_rate_details "currencySlabRateDetails" required,
    }
}
impl CreditRateDetails {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        pricing_model: impl Into<crate::models::PricingModel>,
        currency_slab_rate_details: impl Into<Vec<crate::models::CurrencySlabRateDetail>>,
    ) -> Self {
        Self {
            pricing_model: pricing_model.into(),
            currency_slab_rate_details: currency_slab_rate_details.into(),
        }
    }
}
