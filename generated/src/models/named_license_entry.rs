//! The `NamedLicenseEntry` model.
/// The `NamedLicenseEntry` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NamedLicenseEntry {
    /// `licenseId`
    #[serde(rename = "licenseId")]
    pub license_id: String,
    /// `name`
    pub name: i64,
    /// `effectiveFrom`
    #[serde(
        rename = "effectiveFrom",
        deserialize_with = "crate::runtime::datetime::deserialize"
    )]
    pub effective_from: chrono::DateTime<chrono::Utc>,
    /// `effectiveUntil`
    #[serde(
        rename = "effectiveUntil",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::datetime::deserialize_option"
    )]
    pub effective_until: Option<chrono::DateTime<chrono::Utc>>,
}
impl NamedLicenseEntry {
    /// Creates a `NamedLicenseEntry` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        license_id: String,
        name: i64,
        effective_from: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Self {
            license_id,
            name,
            effective_from,
            effective_until: None,
        }
    }
}
