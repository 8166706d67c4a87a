//! The `EntitlementOverageConfigLookupCycle` model.

use togai_codegen_runtime as rt;

/// Billing cycle of entitlement overages to be looked up, this will be considered if mode is LOOKUP_CYCLE
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct EntitlementOverageConfigLookupCycle {
    /// Effective date of the cycle, will be used to get the license entries of the cycle
    #[serde(rename = "billingCycleEndDate")]
    pub billing_cycle_end_date: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
}

rt::deserialize_struct! {
    EntitlementOverageConfigLookupCycle {
        0 billing_cycle_end_date "billingCycleEndDate" required rt::datetime::Seed,
        1 account_id "accountId" required,
    }
}
impl EntitlementOverageConfigLookupCycle {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        billing_cycle_end_date: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        account_id: impl Into<String>,
    ) -> Self {
        Self {
            billing_cycle_end_date: billing_cycle_end_date.into(),
            account_id: account_id.into(),
        }
    }
}
