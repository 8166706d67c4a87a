//! The `AccountAlias` model.
/// Account Alias
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccountAlias {
    /// Alias identifier (UUID)
    pub id: String,
    /// Alias value
    pub value: String,
    /// Effective from date
    #[serde(
        rename = "effectiveFrom",
        deserialize_with = "crate::runtime::datetime::deserialize"
    )]
    pub effective_from: chrono::DateTime<chrono::Utc>,
    /// Effective until date
    #[serde(
        rename = "effectiveUntil",
        deserialize_with = "crate::runtime::datetime::deserialize"
    )]
    pub effective_until: chrono::DateTime<chrono::Utc>,
    /// Alias creation date
    #[serde(
        rename = "createdAt",
        deserialize_with = "crate::runtime::datetime::deserialize"
    )]
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// Alias update date
    #[serde(
        rename = "updatedAt",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::datetime::deserialize_option"
    )]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}
impl AccountAlias {
    /// Creates a `AccountAlias` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        value: String,
        effective_from: chrono::DateTime<chrono::Utc>,
        effective_until: chrono::DateTime<chrono::Utc>,
        created_at: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Self {
            id,
            value,
            effective_from,
            effective_until,
            created_at,
            updated_at: None,
        }
    }
}
