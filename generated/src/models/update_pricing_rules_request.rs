//! The `UpdatePricingRulesRequest` model.
/// The `UpdatePricingRulesRequest` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdatePricingRulesRequest {
    /// `pricingRules`
    #[serde(
        rename = "pricingRules",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pricing_rules: Option<Vec<crate::models::CreatePricingRule>>,
}
impl UpdatePricingRulesRequest {
    /// Creates a `UpdatePricingRulesRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new() -> Self {
        Self {
            pricing_rules: None,
        }
    }
}
