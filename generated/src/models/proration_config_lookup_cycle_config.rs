//! The `ProrationConfigLookupCycleConfig` model.
/// Cycle of proration to be looked up, this will be considered if mode is LOOKUP_CYCLE
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ProrationConfigLookupCycleConfig {
    /// Defaults to current date time if not provided
    #[serde(
        rename = "currentDateTime",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::datetime::deserialize_option"
    )]
    pub current_date_time: Option<chrono::DateTime<chrono::Utc>>,
    /// Defaults to current date time if not provided
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
