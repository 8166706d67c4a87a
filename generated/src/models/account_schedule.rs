//! The `AccountSchedule` model.

use togai_codegen_runtime as rt;

/// The `AccountSchedule` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    AccountSchedule {
        0 id "id" required,
        1 account_id "accountId" required,
        2 price_plan_id "pricePlanId" required,
        3 version "version" required,
        4 deferred_revenue "deferredRevenue" required,
        5 price_plan_info "pricePlanInfo" required,
        6 account_schedule_info "accountScheduleInfo" required,
        7 is_overridden "isOverridden" optional,
        8 start_date "startDate" required rt::datetime::Seed,
        9 end_date "endDate" required rt::datetime::Seed,
        10 allow_ongoing_cycle_updates "allowOngoingCycleUpdates" required,
    }
}
impl AccountSchedule {
    /// A new value from the required fields; set the others with the `with_` methods.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: impl Into<String>,
        account_id: impl Into<String>,
        price_plan_id: impl Into<String>,
        version: impl Into<i64>,
        deferred_revenue: impl Into<bool>,
        price_plan_info: impl Into<crate::models::PricePlanInfo>,
        account_schedule_info: impl Into<crate::models::ScheduleInfo>,
        start_date: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        end_date: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        allow_ongoing_cycle_updates: impl Into<bool>,
    ) -> Self {
        Self {
            id: id.into(),
            account_id: account_id.into(),
            price_plan_id: price_plan_id.into(),
            version: version.into(),
            deferred_revenue: deferred_revenue.into(),
            price_plan_info: price_plan_info.into(),
            account_schedule_info: account_schedule_info.into(),
            is_overridden: None,
            start_date: start_date.into(),
            end_date: end_date.into(),
            allow_ongoing_cycle_updates: allow_ongoing_cycle_updates.into(),
        }
    }

    /// Sets `is_overridden` (`isOverridden`); until set, it is left out.
    pub fn with_is_overridden(mut self, value: impl Into<bool>) -> Self {
        self.is_overridden = Some(value.into());
        self
    }
}
