//! The `ScheduleInfo` model.

use togai_codegen_runtime as rt;

/// The `ScheduleInfo` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    ScheduleInfo {
        0 supported_currencies "supportedCurrencies" required,
        1 pricing_cycle_config "pricingCycleConfig" required,
        2 pricing_rules "pricingRules" optional,
    }
}
impl ScheduleInfo {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        supported_currencies: impl Into<Vec<String>>,
        pricing_cycle_config: impl Into<crate::models::PricingCycleConfig>,
    ) -> Self {
        Self {
            supported_currencies: supported_currencies.into(),
            pricing_cycle_config: pricing_cycle_config.into(),
            pricing_rules: None,
        }
    }

    /// Sets `pricing_rules` (`pricingRules`); until set, it is left out.
    pub fn with_pricing_rules(mut self, value: impl Into<Vec<crate::models::PricingRule>>) -> Self {
        self.pricing_rules = Some(value.into());
        self
    }
}
