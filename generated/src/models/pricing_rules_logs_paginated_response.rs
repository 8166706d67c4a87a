//! The `PricingRulesLogsPaginatedResponse` model.
use crate::runtime as rt;
/// Pricing Rules Logs response
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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
