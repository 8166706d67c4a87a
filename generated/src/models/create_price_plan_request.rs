//! The `CreatePricePlanRequest` model.
/// Request to create a price plan
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreatePricePlanRequest {
    /// Name of the price plan
    pub name: String,
    /// Description of price plan
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `type`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::models::PricePlanType>,
    /// `pricePlanDetails`
    #[serde(rename = "pricePlanDetails")]
    pub price_plan_details: crate::models::CreatePricePlanDetails,
    /// `pricingRules`
    #[serde(
        rename = "pricingRules",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pricing_rules: Option<Vec<crate::models::CreatePricingRule>>,
}
impl CreatePricePlanRequest {
    /// Creates a `CreatePricePlanRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(name: String, price_plan_details: crate::models::CreatePricePlanDetails) -> Self {
        Self {
            name,
            description: None,
            r#type: None,
            price_plan_details,
            pricing_rules: None,
        }
    }
}
