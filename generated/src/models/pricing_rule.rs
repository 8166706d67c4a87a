//! The `PricingRule` model.

use togai_codegen_runtime as rt;

/// Represents pricing rules of a price plan. i.e, price plan bound by time.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    PricingRule {
        0 id "id" required,
        1 name "name" required,
        2 version "version" required,
        3 invoice_timing "invoiceTiming" optional,
        4 order "order" required,
        5 condition "condition" optional,
        6 computation "computation" required,
        7 action "action" required,
    }
}
impl PricingRule {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        version: impl Into<i32>,
        order: impl Into<i32>,
        computation: impl Into<String>,
        action: impl Into<crate::models::PricingRuleAction>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            version: version.into(),
            invoice_timing: None,
            order: order.into(),
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
