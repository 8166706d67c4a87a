//! The `NamedLicenseEntriesConfigLookupCycle` model.

use togai_codegen_runtime as rt;

/// Cycle of named license entries to be looked up, this will be considered if mode is LOOKUP_CYCLE
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct NamedLicenseEntriesConfigLookupCycle {
    /// Effective date of the cycle, will be used to get the named license entries of the cycle
    #[serde(rename = "cycleEffectiveOn", skip_serializing_if = "Option::is_none")]
    pub cycle_effective_on: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
}

rt::deserialize_struct! {
    NamedLicenseEntriesConfigLookupCycle { 0 cycle_effective_on "cycleEffectiveOn"
    optional rt::datetime::OptionSeed, 1 account_id "accountId" required, }
}

impl NamedLicenseEntriesConfigLookupCycle {
    /// Creates a `NamedLicenseEntriesConfigLookupCycle` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(account_id: String) -> Self {
        Self {
            cycle_effective_on: None,
            account_id,
        }
    }
}
