//! The `UsageLookupRange` model.

use togai_codegen_runtime as rt;

/// Start and end dates of usage lookup if usage mode is LOOKUP
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct UsageLookupRange {
    /// `start`
    pub start: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `end`
    pub end: rt::chrono::DateTime<rt::chrono::Utc>,
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
        start: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        end: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        Self {
            start: start.into(),
            end: end.into(),
        }
    }
}
