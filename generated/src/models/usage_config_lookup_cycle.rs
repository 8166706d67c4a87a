//! The `UsageConfigLookupCycle` model.
/// Cycle of usage to be looked up, this will be considered if mode is LOOKUP_CYCLE
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UsageConfigLookupCycle {
    /// `cycleEffectiveOn`
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
