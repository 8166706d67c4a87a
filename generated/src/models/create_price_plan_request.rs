//! The `CreatePricePlanRequest` model.

use togai_codegen_runtime as rt;

/// Request to create a price plan
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct CreatePricePlanRequest {
    /// Name of the price plan
    pub name: String,
    /// Description of price plan
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `type`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::models::PricePlanType>,
    /// `pricePlanDetails`
    #[serde(rename = "pricePlanDetails")]
    pub price_plan_details: crate::models::CreatePricePlanDetails,
    /// `pricingRules`
    #[serde(rename = "pricingRules", skip_serializing_if = "Option::is_none")]
    pub pricing_rules: Option<Vec<crate::models::CreatePricingRule>>,
}

rt::deserialize_struct! {
    CreatePricePlanRequest { 0 name "name" required, 1 description "description"
    optional, 2 r#type "type" optional, 3 price_plan_details "pricePlanDetails" required,
    4 pricing_rules "pricingRules" optional, }
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
