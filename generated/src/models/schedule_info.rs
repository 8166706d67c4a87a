//! The `ScheduleInfo` model.
/// The `ScheduleInfo` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ScheduleInfo {
    /// `supportedCurrencies`
    #[serde(rename = "supportedCurrencies")]
    pub supported_currencies: Vec<String>,
    /// `pricingCycleConfig`
    #[serde(rename = "pricingCycleConfig")]
    pub pricing_cycle_config: crate::models::PricingCycleConfig,
    /// `pricingRules`
    #[serde(
        rename = "pricingRules",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pricing_rules: Option<Vec<crate::models::PricingRule>>,
}
impl ScheduleInfo {
    /// Creates a `ScheduleInfo` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        supported_currencies: Vec<String>,
        pricing_cycle_config: crate::models::PricingCycleConfig,
    ) -> Self {
        Self {
            supported_currencies,
            pricing_cycle_config,
            pricing_rules: None,
        }
    }
}
