//! The `UsageConfigLookupCycle` model.

use togai_codegen_runtime as rt;

/// Cycle of usage to be looked up, this will be considered if mode is LOOKUP_CYCLE
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct UsageConfigLookupCycle {
    /// `cycleEffectiveOn`
    #[serde(rename = "cycleEffectiveOn", skip_serializing_if = "Option::is_none")]
    pub cycle_effective_on: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
}

rt::deserialize_struct! {
    UsageConfigLookupCycle {
        0 cycle_effective_on "cycleEffectiveOn" optional rt::datetime::OptionSeed,
        1 account_id "accountId" required,
    }
}
impl UsageConfigLookupCycle {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(account_id: impl Into<String>) -> Self {
        Self {
            cycle_effective_on: None,
            account_id: account_id.into(),
        }
    }

    /// Sets `cycle_effective_on` (`cycleEffectiveOn`); until set, it is left out.
    pub fn with_cycle_effective_on(
        mut self,
        value: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        self.cycle_effective_on = Some(value.into());
        self
    }
}
