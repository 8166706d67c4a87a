//! The `PricingRulesLogsPaginatedResponse` model.
/// Pricing Rules Logs response
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PricingRulesLogsPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::PricingRulesLog>,
}
impl PricingRulesLogsPaginatedResponse {
    /// Creates a `PricingRulesLogsPaginatedResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::PricingRulesLog>) -> Self {
        Self { data }
    }
}
