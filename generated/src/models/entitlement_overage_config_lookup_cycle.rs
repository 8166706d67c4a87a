//! The `EntitlementOverageConfigLookupCycle` model.
use crate::runtime as rt;
/// Billing cycle of entitlement overages to be looked up, this will be considered if mode is LOOKUP_CYCLE
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EntitlementOverageConfigLookupCycle {
    /// Effective date of the cycle, will be used to get the license entries of the cycle
    #[serde(rename = "billingCycleEndDate")]
    pub billing_cycle_end_date: chrono::DateTime<chrono::Utc>,
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
}
rt::deserialize_struct! {
    EntitlementOverageConfigLookupCycle { 0 billing_cycle_end_date "billingCycleEndDate"
    required rt::datetime::Seed, 1 account_id "accountId" required, }
}
impl EntitlementOverageConfigLookupCycle {
    /// Creates a `EntitlementOverageConfigLookupCycle` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(billing_cycle_end_date: chrono::DateTime<chrono::Utc>, account_id: String) -> Self {
        Self {
            billing_cycle_end_date,
            account_id,
        }
    }
}
