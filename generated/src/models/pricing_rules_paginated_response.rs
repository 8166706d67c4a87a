//! The `PricingRulesPaginatedResponse` model.
/// The `PricingRulesPaginatedResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PricingRulesPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::PricingRule>,
}
impl PricingRulesPaginatedResponse {
    /// Creates a `PricingRulesPaginatedResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::PricingRule>) -> Self {
        Self { data }
    }
}
