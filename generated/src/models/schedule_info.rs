//! The `ScheduleInfo` model.

use togai_codegen_runtime as rt;

/// The `ScheduleInfo` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct ScheduleInfo {
    /// `supportedCurrencies`
    #[serde(rename = "supportedCurrencies")]
    pub supported_currencies: Vec<String>,
    /// `pricingCycleConfig`
    #[serde(rename = "pricingCycleConfig")]
    pub pricing_cycle_config: crate::models::PricingCycleConfig,
    /// `pricingRules`
    #[serde(rename = "pricingRules", skip_serializing_if = "Option::is_none")]
    pub pricing_rules: Option<Vec<crate::models::PricingRule>>,
}

rt::deserialize_struct! {
    ScheduleInfo { 0 supported_currencies "supportedCurrencies" required, 1
    pricing_cycle_config "pricingCycleConfig" required, 2 pricing_rules "pricingRules"
    optional, }
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
