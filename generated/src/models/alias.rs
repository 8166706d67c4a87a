//! The `Alias` model.
use crate::runtime as rt;
/// Represents an Alias
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Alias {
    /// `value`
    pub value: String,
    /// `createdAt`
    #[serde(rename = "createdAt")]
    pub created_at: chrono::DateTime<chrono::Utc>,
}
rt::deserialize_struct! {
    Alias { 0 value "value" required, 1 created_at "createdAt" required
    rt::datetime::Seed, }
}
impl Alias {
    /// Creates a `Alias` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(value: String, created_at: chrono::DateTime<chrono::Utc>) -> Self {
        Self { value, created_at }
    }
}
