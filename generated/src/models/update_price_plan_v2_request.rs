//! The `UpdatePricePlanV2Request` model.

use togai_codegen_runtime as rt;

/// Request to update a price plan
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    UpdatePricePlanV2Request {
        0 description "description" optional,
        1 pricing_cycle_config "pricingCycleConfig" optional,
        2 supported_currencies "supportedCurrencies" optional,
    }
}
impl UpdatePricePlanV2Request {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `description`; until set, it is left out.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `pricing_cycle_config` (`pricingCycleConfig`); until set, it is left out.
    pub fn with_pricing_cycle_config(
        mut self,
        value: impl Into<crate::models::PricingCycleConfig>,
    ) -> Self {
        self.pricing_cycle_config = Some(value.into());
        self
    }

    /// Sets `supported_currencies` (`supportedCurrencies`); until set, it is left out.
    pub fn with_supported_currencies(mut self, value: impl Into<Vec<String>>) -> Self {
        self.supported_currencies = Some(value.into());
        self
    }
}
