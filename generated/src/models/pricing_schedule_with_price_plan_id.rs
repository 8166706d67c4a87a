//! The `PricingScheduleWithPricePlanId` model.

use togai_codegen_runtime as rt;

/// The `PricingScheduleWithPricePlanId` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct PricingScheduleWithPricePlanId {
    /// `id`
    pub id: String,
    /// `pricePlanDetails`
    #[serde(rename = "pricePlanDetails", skip_serializing_if = "Option::is_none")]
    pub price_plan_details: Option<crate::models::PricePlanDetails>,
    /// `startDate`
    #[serde(rename = "startDate")]
    pub start_date: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `endDate`
    #[serde(rename = "endDate")]
    pub end_date: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `version`
    pub version: i32,
    /// `pricingRules`
    #[serde(rename = "pricingRules", skip_serializing_if = "Option::is_none")]
    pub pricing_rules: Option<Vec<crate::models::PricingRule>>,
    /// `isOverriden`
    #[serde(rename = "isOverriden")]
    pub is_overriden: bool,
    /// `pricePlanId`
    #[serde(rename = "pricePlanId")]
    pub price_plan_id: String,
    /// `pricePlanName`
    #[serde(rename = "pricePlanName", skip_serializing_if = "Option::is_none")]
    pub price_plan_name: Option<String>,
    /// `pricePlanInfo`
    #[serde(rename = "pricePlanInfo", skip_serializing_if = "Option::is_none")]
    pub price_plan_info: Option<crate::models::PricePlanInfo>,
}

rt::deserialize_struct! {
    PricingScheduleWithPricePlanId { 0 id "id" required, 1 price_plan_details
    "pricePlanDetails" optional, 2 start_date "startDate" required rt::datetime::Seed, 3
    end_date "endDate" required rt::datetime::Seed, 4 version "version" required, 5
    pricing_rules "pricingRules" optional, 6 is_overriden "isOverriden" required, 7
    price_plan_id "pricePlanId" required, 8 price_plan_name "pricePlanName" optional, 9
    price_plan_info "pricePlanInfo" optional, }
}

impl PricingScheduleWithPricePlanId {
    /// Creates a `PricingScheduleWithPricePlanId` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        start_date: rt::chrono::DateTime<rt::chrono::Utc>,
        end_date: rt::chrono::DateTime<rt::chrono::Utc>,
        version: i32,
        is_overriden: bool,
        price_plan_id: String,
    ) -> Self {
        Self {
            id,
            price_plan_details: None,
            start_date,
            end_date,
            version,
            pricing_rules: None,
            is_overriden,
            price_plan_id,
            price_plan_name: None,
            price_plan_info: None,
        }
    }
}
