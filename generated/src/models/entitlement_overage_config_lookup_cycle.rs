//! The `EntitlementOverageConfigLookupCycle` model.
/// Billing cycle of entitlement overages to be looked up, this will be considered if mode is LOOKUP_CYCLE
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EntitlementOverageConfigLookupCycle {
    /// Effective date of the cycle, will be used to get the license entries of the cycle
    #[serde(
        rename = "billingCycleEndDate",
        deserialize_with = "crate::runtime::datetime::deserialize"
    )]
    pub billing_cycle_end_date: chrono::DateTime<chrono::Utc>,
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
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
