//! The `PricingRulesValues` model.

use togai_codegen_runtime as rt;

/// The `PricingRulesValues` schema.
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct PricingRulesValues {
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `value`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

rt::deserialize_struct! {
    PricingRulesValues { 0 name "name" optional, 1 value "value" optional, }
}
