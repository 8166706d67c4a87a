//! The `UpdatePricingScheduleResponse` model.
/// The `UpdatePricingScheduleResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
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
