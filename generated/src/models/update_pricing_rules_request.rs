//! The `UpdatePricingRulesRequest` model.

use togai_codegen_runtime as rt;

/// The `UpdatePricingRulesRequest` schema.
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct UpdatePricingRulesRequest {
    /// `pricingRules`
    #[serde(rename = "pricingRules", skip_serializing_if = "Option::is_none")]
    pub pricing_rules: Option<Vec<crate::models::CreatePricingRule>>,
}

rt::deserialize_struct! {
    UpdatePricingRulesRequest {
        0 pricing_rules "pricingRules" optional,
    }
}
impl UpdatePricingRulesRequest {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `pricing_rules` (`pricingRules`); until set, it is left out.
    pub fn with_pricing_rules(
        mut self,
        value: impl Into<Vec<crate::models::CreatePricingRule>>,
    ) -> Self {
        self.pricing_rules = Some(value.into());
        self
    }
}
