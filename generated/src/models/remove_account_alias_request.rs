//! The `RemoveAccountAliasRequest` model.
/// The `RemoveAccountAliasRequest` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RemoveAccountAliasRequest {
    /// Alias identifier (UUID)
    pub id: String,
    /// Alias will be deleted from this date, If not provided, it will be deleted from now
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::datetime::deserialize_option"
    )]
    pub from: Option<chrono::DateTime<chrono::Utc>>,
}
impl RemoveAccountAliasRequest {
    /// Creates a `RemoveAccountAliasRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(id: String) -> Self {
        Self { id, from: None }
    }
}
