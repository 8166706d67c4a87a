//! The `CreditRateDetails` model.
/// Amount to be credited
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreditRateDetails {
    /// `pricingModel`
    #[serde(rename = "pricingModel")]
    pub pricing_model: crate::models::PricingModel,
    /// `currencySlabRateDetails`
    #[serde(rename = "currencySlabRateDetails")]
    pub currency_slab_rate_details: Vec<crate::models::CurrencySlabRateDetail>,
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
