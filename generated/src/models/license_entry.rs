//! The `LicenseEntry` model.
/// The `LicenseEntry` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LicenseEntry {
    /// `licenseId`
    #[serde(rename = "licenseId")]
    pub license_id: String,
    /// `quantity`
    pub quantity: i64,
    /// `effectiveFrom`
    #[serde(
        rename = "effectiveFrom",
        deserialize_with = "crate::runtime::datetime::deserialize"
    )]
    pub effective_from: chrono::DateTime<chrono::Utc>,
}
impl LicenseEntry {
    /// Creates a `LicenseEntry` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        license_id: String,
        quantity: i64,
        effective_from: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Self {
            license_id,
            quantity,
            effective_from,
        }
    }
}
