//! The `AccountSchedule` model.
/// The `AccountSchedule` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccountSchedule {
    /// `id`
    pub id: String,
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
    /// `pricePlanId`
    #[serde(rename = "pricePlanId")]
    pub price_plan_id: String,
    /// `version`
    pub version: i64,
    /// `deferredRevenue`
    #[serde(rename = "deferredRevenue")]
    pub deferred_revenue: bool,
    /// `pricePlanInfo`
    #[serde(rename = "pricePlanInfo")]
    pub price_plan_info: crate::models::PricePlanInfo,
    /// `accountScheduleInfo`
    #[serde(rename = "accountScheduleInfo")]
    pub account_schedule_info: crate::models::ScheduleInfo,
    /// Indicates whether the schedule is overridden. Note: A null value for this field does not imply that the schedule is not overridden.
    #[serde(
        rename = "isOverridden",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_overridden: Option<bool>,
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
    /// `allowOngoingCycleUpdates`
    #[serde(rename = "allowOngoingCycleUpdates")]
    pub allow_ongoing_cycle_updates: bool,
}
impl AccountSchedule {
    /// Creates a `AccountSchedule` from its required fields; optional fields start empty.
    #[allow(clippy::too_many_arguments)]
    #[allow(deprecated)]
    pub fn new(
        id: String,
        account_id: String,
        price_plan_id: String,
        version: i64,
        deferred_revenue: bool,
        price_plan_info: crate::models::PricePlanInfo,
        account_schedule_info: crate::models::ScheduleInfo,
        start_date: chrono::DateTime<chrono::Utc>,
        end_date: chrono::DateTime<chrono::Utc>,
        allow_ongoing_cycle_updates: bool,
    ) -> Self {
        Self {
            id,
            account_id,
            price_plan_id,
            version,
            deferred_revenue,
            price_plan_info,
            account_schedule_info,
            is_overridden: None,
            start_date,
            end_date,
            allow_ongoing_cycle_updates,
        }
    }
}
