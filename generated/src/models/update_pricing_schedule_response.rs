//! The `UpdatePricingScheduleResponse` model.

use togai_codegen_runtime as rt;

/// The `UpdatePricingScheduleResponse` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    UpdatePricingScheduleResponse {
        0 account_id "accountId" required,
        1 account_name "accountName" required,
        2 pricing_schedules "pricingSchedules" required,
    }
}
impl UpdatePricingScheduleResponse {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        account_id: impl Into<String>,
        account_name: impl Into<String>,
        pricing_schedules: impl Into<Vec<crate::models::PlanOverride>>,
    ) -> Self {
        Self {
            account_id: account_id.into(),
            account_name: account_name.into(),
            pricing_schedules: pricing_schedules.into(),
        }
    }
}
