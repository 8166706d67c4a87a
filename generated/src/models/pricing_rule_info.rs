//! The `PricingRuleInfo` model.

use togai_codegen_runtime as rt;

/// Pricing Rule Info
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct PricingRuleInfo {
    /// `id`
    pub id: String,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `condition`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
    /// `computation`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub computation: Option<String>,
}

rt::deserialize_struct! {
    PricingRuleInfo { 0 id "id" required, 1 name "name" optional, 2 condition "condition"
    optional, 3 computation "computation" optional, }
}

impl PricingRuleInfo {
    /// Creates a `PricingRuleInfo` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(id: String) -> Self {
        Self {
            id,
            name: None,
            condition: None,
            computation: None,
        }
    }
}
