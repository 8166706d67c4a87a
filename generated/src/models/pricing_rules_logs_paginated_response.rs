//! The `PricingRulesLogsPaginatedResponse` model.

use togai_codegen_runtime as rt;

/// Pricing Rules Logs response
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct PricingRulesLogsPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::PricingRulesLog>,
}

rt::deserialize_struct! {
    PricingRulesLogsPaginatedResponse { 0 data "data" required, }
}

impl PricingRulesLogsPaginatedResponse {
    /// Creates a `PricingRulesLogsPaginatedResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::PricingRulesLog>) -> Self {
        Self { data }
    }
}
