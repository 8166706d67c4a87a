//! The `AccountSchedule` model.

use togai_codegen_runtime as rt;

/// The `AccountSchedule` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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
    #[serde(rename = "isOverridden", skip_serializing_if = "Option::is_none")]
    pub is_overridden: Option<bool>,
    /// `startDate`
    #[serde(rename = "startDate")]
    pub start_date: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `endDate`
    #[serde(rename = "endDate")]
    pub end_date: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `allowOngoingCycleUpdates`
    #[serde(rename = "allowOngoingCycleUpdates")]
    pub allow_ongoing_cycle_updates: bool,
}

rt::deserialize_struct! {
    AccountSchedule { 0 id "id" required, 1 account_id "accountId" required, 2
    price_plan_id "pricePlanId" required, 3 version "version" required, 4
    deferred_revenue "deferredRevenue" required, 5 price_plan_info "pricePlanInfo"
    required, 6 account_schedule_info "accountScheduleInfo" required, 7 is_overridden
    "isOverridden" optional, 8 start_date "startDate" required rt::datetime::Seed, 9
    end_date "endDate" required rt::datetime::Seed, 10 allow_ongoing_cycle_updates
    "allowOngoingCycleUpdates" required, }
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
        start_date: rt::chrono::DateTime<rt::chrono::Utc>,
        end_date: rt::chrono::DateTime<rt::chrono::Utc>,
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
