//! The `PricingScheduleWithPricePlanId` model.

use togai_codegen_runtime as rt;

/// The `PricingScheduleWithPricePlanId` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    PricingScheduleWithPricePlanId {
        0 id "id" required,
        1 price_plan_details "pricePlanDetails" optional,
        2 start_date "startDate" required rt::datetime::Seed,
        3 end_date "endDate" required rt::datetime::Seed,
        4 version "version" required,
        5 pricing_rules "pricingRules" optional,
        6 is_overriden "isOverriden" required,
        7 price_plan_id "pricePlanId" required,
        8 price_plan_name "pricePlanName" optional,
        9 price_plan_info "pricePlanInfo" optional,
    }
}
impl PricingScheduleWithPricePlanId {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        id: impl Into<String>,
        start_date: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        end_date: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        version: impl Into<i32>,
        is_overriden: impl Into<bool>,
        price_plan_id: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            price_plan_details: None,
            start_date: start_date.into(),
            end_date: end_date.into(),
            version: version.into(),
            pricing_rules: None,
            is_overriden: is_overriden.into(),
            price_plan_id: price_plan_id.into(),
            price_plan_name: None,
            price_plan_info: None,
        }
    }

    /// Sets `price_plan_details` (`pricePlanDetails`); until set, it is left out.
    pub fn with_price_plan_details(
        mut self,
        value: impl Into<crate::models::PricePlanDetails>,
    ) -> Self {
        self.price_plan_details = Some(value.into());
        self
    }

    /// Sets `pricing_rules` (`pricingRules`); until set, it is left out.
    pub fn with_pricing_rules(mut self, value: impl Into<Vec<crate::models::PricingRule>>) -> Self {
        self.pricing_rules = Some(value.into());
        self
    }

    /// Sets `price_plan_name` (`pricePlanName`); until set, it is left out.
    pub fn with_price_plan_name(mut self, value: impl Into<String>) -> Self {
        self.price_plan_name = Some(value.into());
        self
    }

    /// Sets `price_plan_info` (`pricePlanInfo`); until set, it is left out.
    pub fn with_price_plan_info(mut self, value: impl Into<crate::models::PricePlanInfo>) -> Self {
        self.price_plan_info = Some(value.into());
        self
    }
}
