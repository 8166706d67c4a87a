//! The `PricingRulesPaginatedResponse` model.

use togai_codegen_runtime as rt;

/// The `PricingRulesPaginatedResponse` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct PricingRulesPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::PricingRule>,
}

rt::deserialize_struct! {
    PricingRulesPaginatedResponse {
        0 data "data" required,
    }
}
impl PricingRulesPaginatedResponse {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(data: impl Into<Vec<crate::models::PricingRule>>) -> Self {
        Self { data: data.into() }
    }
}
