//! The `UpdatePricingRulesRequest` model.

use togai_codegen_runtime as rt;

/// The `UpdatePricingRulesRequest` schema.
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct UpdatePricingRulesRequest {
    /// `pricingRules`
    #[serde(rename = "pricingRules", skip_serializing_if = "Option::is_none")]
    pub pricing_rules: Option<Vec<crate::models::CreatePricingRule>>,
}

rt::deserialize_struct! {
    UpdatePricingRulesRequest { 0 pricing_rules "pricingRules" optional, }
}
