//! The `UpdatePricingRulesRequest` model.
/// The `UpdatePricingRulesRequest` schema.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdatePricingRulesRequest {
    /// `pricingRules`
    #[serde(
        rename = "pricingRules",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pricing_rules: Option<Vec<crate::models::CreatePricingRule>>,
}
