//! The `PricingScheduleWithPricePlanId` model.
/// The `PricingScheduleWithPricePlanId` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PricingScheduleWithPricePlanId {
    /// `id`
    pub id: String,
    /// `pricePlanDetails`
    #[serde(
        rename = "pricePlanDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub price_plan_details: Option<crate::models::PricePlanDetails>,
    /// `startDate`
    #[serde(
        rename = "startDate",
        deserialize_with = "crate::runtime::datetime::deserialize"
    )]
    pub start_date: chrono::DateTime<chrono::Utc>,
    /// `endDate`
    #[serde(
        rename = "endDate",
        deserialize_with = "crate::runtime::datetime::deserialize"
    )]
    pub end_date: chrono::DateTime<chrono::Utc>,
    /// `version`
    pub version: i32,
    /// `pricingRules`
    #[serde(
        rename = "pricingRules",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pricing_rules: Option<Vec<crate::models::PricingRule>>,
    /// `isOverriden`
    #[serde(rename = "isOverriden")]
    pub is_overriden: bool,
    /// `pricePlanId`
    #[serde(rename = "pricePlanId")]
    pub price_plan_id: String,
    /// `pricePlanName`
    #[serde(
        rename = "pricePlanName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub price_plan_name: Option<String>,
    /// `pricePlanInfo`
    #[serde(
        rename = "pricePlanInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub price_plan_info: Option<crate::models::PricePlanInfo>,
}
impl PricingScheduleWithPricePlanId {
    /// Creates a `PricingScheduleWithPricePlanId` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        start_date: chrono::DateTime<chrono::Utc>,
        end_date: chrono::DateTime<chrono::Utc>,
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
