//! The `PricingSchedule` model.
/// Represents effectiveness period and config of a price plan. i.e, price plan bound by time.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PricingSchedule {
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
}
impl PricingSchedule {
    /// Creates a `PricingSchedule` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        start_date: chrono::DateTime<chrono::Utc>,
        end_date: chrono::DateTime<chrono::Utc>,
        version: i32,
        is_overriden: bool,
    ) -> Self {
        Self {
            id,
            price_plan_details: None,
            start_date,
            end_date,
            version,
            pricing_rules: None,
            is_overriden,
        }
    }
}
