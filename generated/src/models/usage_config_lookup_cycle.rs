//! The `UsageConfigLookupCycle` model.

use togai_codegen_runtime as rt;

/// Cycle of usage to be looked up, this will be considered if mode is LOOKUP_CYCLE
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct UsageConfigLookupCycle {
    /// `cycleEffectiveOn`
    #[serde(rename = "cycleEffectiveOn", skip_serializing_if = "Option::is_none")]
    pub cycle_effective_on: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
}

rt::deserialize_struct! {
    UsageConfigLookupCycle { 0 cycle_effective_on "cycleEffectiveOn" optional
    rt::datetime::OptionSeed, 1 account_id "accountId" required, }
}

impl UsageConfigLookupCycle {
    /// Creates a `UsageConfigLookupCycle` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(account_id: String) -> Self {
        Self {
            cycle_effective_on: None,
            account_id,
        }
    }
}
