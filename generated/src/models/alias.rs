//! The `Alias` model.

use togai_codegen_runtime as rt;

/// Represents an Alias
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct Alias {
    /// `value`
    pub value: String,
    /// `createdAt`
    #[serde(rename = "createdAt")]
    pub created_at: rt::chrono::DateTime<rt::chrono::Utc>,
}

rt::deserialize_struct! {
    Alias { 0 value "value" required, 1 created_at "createdAt" required
    rt::datetime::Seed, }
}

impl Alias {
    /// Creates a `Alias` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(value: String, created_at: rt::chrono::DateTime<rt::chrono::Utc>) -> Self {
        Self { value, created_at }
    }
}
