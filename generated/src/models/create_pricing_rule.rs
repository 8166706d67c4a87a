//! The `CreatePricingRule` model.

use togai_codegen_runtime as rt;

/// The `CreatePricingRule` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct CreatePricingRule {
    /// Name of the pricing rule
    pub name: String,
    /// Order of the pricing rule
    pub order: i32,
    /// `invoiceTiming`
    #[serde(rename = "invoiceTiming", skip_serializing_if = "Option::is_none")]
    pub invoice_timing: Option<crate::models::PricingRuleTiming>,
    /// JSON logic condition deciding whether to compute this pricing rule or not
    #[serde(skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
    /// JSON logic to be computed
    pub computation: String,
    /// `action`
    pub action: crate::models::PricingRuleAction,
}

rt::deserialize_struct! {
    CreatePricingRule { 0 name "name" required, 1 order "order" required, 2
    invoice_timing "invoiceTiming" optional, 3 condition "condition" optional, 4
    computation "computation" required, 5 action "action" required, }
}

impl CreatePricingRule {
    /// Creates a `CreatePricingRule` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        name: String,
        order: i32,
        computation: String,
        action: crate::models::PricingRuleAction,
    ) -> Self {
        Self {
            name,
            order,
            invoice_timing: None,
            condition: None,
            computation,
            action,
        }
    }
}
