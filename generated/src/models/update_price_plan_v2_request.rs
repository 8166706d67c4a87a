//! The `UpdatePricePlanV2Request` model.
/// Request to update a price plan
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdatePricePlanV2Request {
    /// Description of price plan
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `pricingCycleConfig`
    #[serde(
        rename = "pricingCycleConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pricing_cycle_config: Option<crate::models::PricingCycleConfig>,
    /// List of currencies supported by the price plan
    #[serde(
        rename = "supportedCurrencies",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub supported_currencies: Option<Vec<String>>,
}
