//! The `UpdatePricePlanV2Request` model.

use togai_codegen_runtime as rt;

/// Request to update a price plan
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct UpdatePricePlanV2Request {
    /// Description of price plan
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `pricingCycleConfig`
    #[serde(rename = "pricingCycleConfig", skip_serializing_if = "Option::is_none")]
    pub pricing_cycle_config: Option<crate::models::PricingCycleConfig>,
    /// List of currencies supported by the price plan
    #[serde(
        rename = "supportedCurrencies",
        skip_serializing_if = "Option::is_none"
    )]
    pub supported_currencies: Option<Vec<String>>,
}

rt::deserialize_struct! {
    UpdatePricePlanV2Request { 0 description "description" optional, 1
    pricing_cycle_config "pricingCycleConfig" optional, 2 supported_currencies
    "supportedCurrencies" optional, }
}
