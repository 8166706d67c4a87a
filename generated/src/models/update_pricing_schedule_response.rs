//! The `UpdatePricingScheduleResponse` model.

use togai_codegen_runtime as rt;

/// The `UpdatePricingScheduleResponse` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct UpdatePricingScheduleResponse {
    /// Identifier of the account
    #[serde(rename = "accountId")]
    pub account_id: String,
    /// Name of the Account
    #[serde(rename = "accountName")]
    pub account_name: String,
    /// `pricingSchedules`
    #[serde(rename = "pricingSchedules")]
    pub pricing_schedules: Vec<crate::models::PlanOverride>,
}

rt::deserialize_struct! {
    UpdatePricingScheduleResponse { 0 account_id "accountId" required, 1 account_name
    "accountName" required, 2 pricing_schedules "pricingSchedules" required, }
}

impl UpdatePricingScheduleResponse {
    /// Creates a `UpdatePricingScheduleResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        account_id: String,
        account_name: String,
        pricing_schedules: Vec<crate::models::PlanOverride>,
    ) -> Self {
        Self {
            account_id,
            account_name,
            pricing_schedules,
        }
    }
}
