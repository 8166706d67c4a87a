//! The `UsageConfigLookupRange` model.
use crate::runtime as rt;
/// Range of usage to be looked up, this will be considered if mode is LOOKUP_RANGE
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct UsageConfigLookupRange {
    /// `start`
    pub start: chrono::DateTime<chrono::Utc>,
    /// `end`
    pub end: chrono::DateTime<chrono::Utc>,
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
}
rt::deserialize_struct! {
    UsageConfigLookupRange { 0 start "start" required rt::datetime::Seed, 1 end "end"
    required rt::datetime::Seed, 2 account_id "accountId" required, }
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
