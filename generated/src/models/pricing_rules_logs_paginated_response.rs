//! The `PricingRulesLogsPaginatedResponse` model.

use togai_codegen_runtime as rt;

/// Pricing Rules Logs response
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct PricingRulesLogsPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::PricingRulesLog>,
}

rt::deserialize_struct! {
    PricingRulesLogsPaginatedResponse {
        0 data "data" required,
    }
}
impl PricingRulesLogsPaginatedResponse {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(data: impl Into<Vec<crate::models::PricingRulesLog>>) -> Self {
        Self { data: data.into() }
    }
}
