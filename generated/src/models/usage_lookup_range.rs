//! The `UsageLookupRange` model.
use crate::runtime as rt;
/// Start and end dates of usage lookup if usage mode is LOOKUP
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct UsageLookupRange {
    /// `start`
    pub start: chrono::DateTime<chrono::Utc>,
    /// `end`
    pub end: chrono::DateTime<chrono::Utc>,
}
rt::deserialize_struct! {
    UsageLookupRange { 0 start "start" required rt::datetime::Seed, 1 end "end" required
    rt::datetime::Seed, }
}
impl UsageLookupRange {
    /// Creates a `UsageLookupRange` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(start: chrono::DateTime<chrono::Utc>, end: chrono::DateTime<chrono::Utc>) -> Self {
        Self { start, end }
    }
}
