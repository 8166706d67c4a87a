//! The `UsageLookupRange` model.

use togai_codegen_runtime as rt;

/// Start and end dates of usage lookup if usage mode is LOOKUP
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct UsageLookupRange {
    /// `start`
    pub start: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `end`
    pub end: rt::chrono::DateTime<rt::chrono::Utc>,
}

rt::deserialize_struct! {
    UsageLookupRange { 0 start "start" required rt::datetime::Seed, 1 end "end" required
    rt::datetime::Seed, }
}

impl UsageLookupRange {
    /// Creates a `UsageLookupRange` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        start: rt::chrono::DateTime<rt::chrono::Utc>,
        end: rt::chrono::DateTime<rt::chrono::Utc>,
    ) -> Self {
        Self { start, end }
    }
}
