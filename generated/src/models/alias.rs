//! The `Alias` model.
/// Represents an Alias
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Alias {
    /// `value`
    pub value: String,
    /// `createdAt`
    #[serde(
        rename = "createdAt",
        deserialize_with = "crate::runtime::datetime::deserialize"
    )]
    pub created_at: chrono::DateTime<chrono::Utc>,
}
impl Alias {
    /// Creates a `Alias` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(value: String, created_at: chrono::DateTime<chrono::Utc>) -> Self {
        Self { value, created_at }
    }
}
