//! The `CreatePricingRule` model.

use togai_codegen_runtime as rt;

/// The `CreatePricingRule` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    CreatePricingRule {
        0 name "name" required,
        1 order "order" required,
        2 invoice_timing "invoiceTiming" optional,
        3 condition "condition" optional,
        4 computation "computation" required,
        5 action "action" required,
    }
}
impl CreatePricingRule {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        name: impl Into<String>,
        order: impl Into<i32>,
        computation: impl Into<String>,
        action: impl Into<crate::models::PricingRuleAction>,
    ) -> Self {
        Self {
            name: name.into(),
            order: order.into(),
            invoice_timing: None,
            condition: None,
            computation: computation.into(),
            action: action.into(),
        }
    }

    /// Sets `invoice_timing` (`invoiceTiming`); until set, it is left out.
    pub fn with_invoice_timing(
        mut self,
        value: impl Into<crate::models::PricingRuleTiming>,
    ) -> Self {
        self.invoice_timing = Some(value.into());
        self
    }

    /// Sets `condition`; until set, it is left out.
    pub fn with_condition(mut self, value: impl Into<String>) -> Self {
        self.condition = Some(value.into());
        self
    }
}
