//! The `NamedLicenseUpdate` model.
/// Named License update response
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NamedLicenseUpdate {
    /// `id`
    pub id: String,
    /// `licenseId`
    #[serde(rename = "licenseId")]
    pub license_id: String,
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
    /// `name`
    pub name: String,
    /// `effectiveFrom`
    #[serde(
        rename = "effectiveFrom",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::datetime::deserialize_option"
    )]
    pub effective_from: Option<chrono::DateTime<chrono::Utc>>,
    /// `effectiveUntil`
    #[serde(
        rename = "effectiveUntil",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::datetime::deserialize_option"
    )]
    pub effective_until: Option<chrono::DateTime<chrono::Utc>>,
    /// `createdAt`
    #[serde(
        rename = "createdAt",
        deserialize_with = "crate::runtime::datetime::deserialize"
    )]
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// `updatedAt`
    #[serde(
        rename = "updatedAt",
        deserialize_with = "crate::runtime::datetime::deserialize"
    )]
    pub updated_at: chrono::DateTime<chrono::Utc>,
}
impl NamedLicenseUpdate {
    /// Creates a `NamedLicenseUpdate` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        license_id: String,
        account_id: String,
        name: String,
        created_at: chrono::DateTime<chrono::Utc>,
        updated_at: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Self {
            id,
            license_id,
            account_id,
            name,
            effective_from: None,
            effective_until: None,
            created_at,
            updated_at,
        }
    }
}
