//! The `PricingRulesPaginatedResponse` model.

use togai_codegen_runtime as rt;

/// The `PricingRulesPaginatedResponse` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct PricingRulesPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::PricingRule>,
}

rt::deserialize_struct! {
    PricingRulesPaginatedResponse { 0 data "data" required, }
}

impl PricingRulesPaginatedResponse {
    /// Creates a `PricingRulesPaginatedResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::PricingRule>) -> Self {
        Self { data }
    }
}
