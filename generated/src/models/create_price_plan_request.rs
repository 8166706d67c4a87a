//! The `CreatePricePlanRequest` model.

use togai_codegen_runtime as rt;

/// Request to create a price plan
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    CreatePricePlanRequest {
        0 name "name" required,
        1 description "description" optional,
        2 r#type "type" optional,
        3 price_plan_details "pricePlanDetails" required,
        4 pricing_rules "pricingRules" optional,
    }
}
impl CreatePricePlanRequest {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        name: impl Into<String>,
        price_plan_details: impl Into<crate::models::CreatePricePlanDetails>,
    ) -> Self {
        Self {
            name: name.into(),
            description: None,
            r#type: None,
            price_plan_details: price_plan_details.into(),
            pricing_rules: None,
        }
    }

    /// Sets `description`; until set, it is left out.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `type`; until set, it is left out.
    pub fn with_type(mut self, value: impl Into<crate::models::PricePlanType>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// Sets `pricing_rules` (`pricingRules`); until set, it is left out.
    pub fn with_pricing_rules(
        mut self,
        value: impl Into<Vec<crate::models::CreatePricingRule>>,
    ) -> Self {
        self.pricing_rules = Some(value.into());
        self
    }
}
