//! The `LicenseEntriesConfigLookupCycle` model.
/// Cycle of license entries to be looked up, this will be considered if mode is LOOKUP_CYCLE
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LicenseEntriesConfigLookupCycle {
    /// Effective date of the cycle, will be used to get the license entries of the cycle
    #[serde(
        rename = "cycleEffectiveOn",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::datetime::deserialize_option"
    )]
    pub cycle_effective_on: Option<chrono::DateTime<chrono::Utc>>,
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
}
impl LicenseEntriesConfigLookupCycle {
    /// Creates a `LicenseEntriesConfigLookupCycle` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(account_id: String) -> Self {
        Self {
            cycle_effective_on: None,
            account_id,
        }
    }
}
