//! The `UsageLookupRange` model.
use crate::runtime as rt;
/// Start and end dates of usage lookup if usage mode is LOOKUP
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct UsageLookupRange {
    /// `start`
    pub start: chrono::DateTime<chrono::Utc>,
    /// `end`
    pub end: chrono::DateTime<chrono::Utc>,
}
rt::deserialize_struct! {
    UsageLookupRange {
        0 start "start" required rt::datetime::Seed,
        1 end "end" required rt::datetime::Seed,
    }
}
impl UsageLookupRange {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        start: impl Into<chrono::DateTime<chrono::Utc>>,
        end: impl Into<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        Self {
            start: start.into(),
            end: end.into(),
        }
    }
}
