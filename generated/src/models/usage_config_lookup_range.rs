//! The `UsageConfigLookupRange` model.
/// Range of usage to be looked up, this will be considered if mode is LOOKUP_RANGE
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UsageConfigLookupRange {
    /// `start`
    #[serde(deserialize_with = "crate::runtime::datetime::deserialize")]
    pub start: chrono::DateTime<chrono::Utc>,
    /// `end`
    #[serde(deserialize_with = "crate::runtime::datetime::deserialize")]
    pub end: chrono::DateTime<chrono::Utc>,
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
}
impl UsageConfigLookupRange {
    /// Creates a `UsageConfigLookupRange` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        start: chrono::DateTime<chrono::Utc>,
        end: chrono::DateTime<chrono::Utc>,
        account_id: String,
    ) -> Self {
        Self {
            start,
            end,
            account_id,
        }
    }
}
