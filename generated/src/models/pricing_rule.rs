//! The `PricingRule` model.

use togai_codegen_runtime as rt;

/// Represents pricing rules of a price plan. i.e, price plan bound by time.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct PricingRule {
    /// `id`
    pub id: String,
    /// `name`
    pub name: String,
    /// `version`
    pub version: i32,
    /// `invoiceTiming`
    #[serde(rename = "invoiceTiming", skip_serializing_if = "Option::is_none")]
    pub invoice_timing: Option<crate::models::PricingRuleTiming>,
    /// `order`
    pub order: i32,
    /// JSON logic condition deciding whether to compute this pricing rule or not
    #[serde(skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
    /// JSON logic to be computed
    pub computation: String,
    /// `action`
    pub action: crate::models::PricingRuleAction,
}

rt::deserialize_struct! {
    PricingRule { 0 id "id" required, 1 name "name" required, 2 version "version"
    required, 3 invoice_timing "invoiceTiming" optional, 4 order "order" required, 5
    condition "condition" optional, 6 computation "computation" required, 7 action
    "action" required, }
}

impl PricingRule {
    /// Creates a `PricingRule` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        name: String,
        version: i32,
        order: i32,
        computation: String,
        action: crate::models::PricingRuleAction,
    ) -> Self {
        Self {
            id,
            name,
            version,
            invoice_timing: None,
            order,
            condition: None,
            computation,
            action,
        }
    }
}
