//! The `UsageConfigLookupRange` model.

use togai_codegen_runtime as rt;

/// Range of usage to be looked up, this will be considered if mode is LOOKUP_RANGE
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct UsageConfigLookupRange {
    /// `start`
    pub start: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `end`
    pub end: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
}

rt::deserialize_struct! {
    UsageConfigLookupRange {
        0 start "start" required rt::datetime::Seed,
        1 end "end" required rt::datetime::Seed,
        2 account_id "accountId" required,
    }
}
impl UsageConfigLookupRange {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        start: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        end: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        account_id: impl Into<String>,
    ) -> Self {
        Self {
            start: start.into(),
            end: end.into(),
            account_id: account_id.into(),
        }
    }
}
