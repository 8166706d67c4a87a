//! The `ProrationConfigLookupCycleConfig` model.

use togai_codegen_runtime as rt;

/// Cycle of proration to be looked up, this will be considered if mode is LOOKUP_CYCLE
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct ProrationConfigLookupCycleConfig {
    /// Defaults to current date time if not provided
    #[serde(rename = "currentDateTime", skip_serializing_if = "Option::is_none")]
    pub current_date_time: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// Defaults to current date time if not provided
    #[serde(rename = "cycleEffectiveOn", skip_serializing_if = "Option::is_none")]
    pub cycle_effective_on: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
}

rt::deserialize_struct! {
    ProrationConfigLookupCycleConfig { 0 current_date_time "currentDateTime" optional
    rt::datetime::OptionSeed, 1 cycle_effective_on "cycleEffectiveOn" optional
    rt::datetime::OptionSeed, 2 account_id "accountId" required, }
}

impl ProrationConfigLookupCycleConfig {
    /// Creates a `ProrationConfigLookupCycleConfig` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(account_id: String) -> Self {
        Self {
            current_date_time: None,
            cycle_effective_on: None,
            account_id,
        }
    }
}
