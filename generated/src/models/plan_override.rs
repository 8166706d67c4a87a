//! The `PlanOverride` model.

use togai_codegen_runtime as rt;

/// Represents effectiveness period and config of a price plan. i.e, price plan bound by time.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct PlanOverride {
    /// `id`
    pub id: String,
    /// `pricePlanId`
    #[serde(rename = "pricePlanId")]
    pub price_plan_id: String,
    /// `pricePlanName`
    #[serde(rename = "pricePlanName")]
    pub price_plan_name: String,
    /// `pricePlanDetailsOverride`
    #[serde(
        rename = "pricePlanDetailsOverride",
        skip_serializing_if = "Option::is_none"
    )]
    pub price_plan_details_override: Option<crate::models::PricePlanDetailsOverride>,
    /// `pricingRulesOverride`
    #[serde(
        rename = "pricingRulesOverride",
        skip_serializing_if = "Option::is_none"
    )]
    pub pricing_rules_override: Option<Vec<crate::models::PricingRule>>,
    /// `startDate`
    #[serde(rename = "startDate")]
    pub start_date: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `endDate`
    #[serde(rename = "endDate")]
    pub end_date: rt::chrono::DateTime<rt::chrono::Utc>,
}

rt::deserialize_struct! {
    PlanOverride { 0 id "id" required, 1 price_plan_id "pricePlanId" required, 2
    price_plan_name "pricePlanName" required, 3 price_plan_details_override
    "pricePlanDetailsOverride" optional, 4 pricing_rules_override "pricingRulesOverride"
    optional, 5 start_date "startDate" required rt::datetime::Seed, 6 end_date "endDate"
    required rt::datetime::Seed, }
}

impl PlanOverride {
    /// Creates a `PlanOverride` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        price_plan_id: String,
        price_plan_name: String,
        start_date: rt::chrono::DateTime<rt::chrono::Utc>,
        end_date: rt::chrono::DateTime<rt::chrono::Utc>,
    ) -> Self {
        Self {
            id,
            price_plan_id,
            price_plan_name,
            price_plan_details_override: None,
            pricing_rules_override: None,
            start_date,
            end_date,
        }
    }
}
