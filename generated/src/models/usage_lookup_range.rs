//! The `UsageLookupRange` model.
/// Start and end dates of usage lookup if usage mode is LOOKUP
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UsageLookupRange {
    /// `start`
    #[serde(deserialize_with = "crate::runtime::datetime::deserialize")]
    pub start: chrono::DateTime<chrono::Utc>,
    /// `end`
    #[serde(deserialize_with = "crate::runtime::datetime::deserialize")]
    pub end: chrono::DateTime<chrono::Utc>,
}
impl UsageLookupRange {
    /// Creates a `UsageLookupRange` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(start: chrono::DateTime<chrono::Utc>, end: chrono::DateTime<chrono::Utc>) -> Self {
        Self { start, end }
    }
}
