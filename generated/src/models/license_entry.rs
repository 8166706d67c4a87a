//! The `LicenseEntry` model.
use crate::runtime as rt;
/// The `LicenseEntry` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct LicenseEntry {
    /// `licenseId`
    #[serde(rename = "licenseId")]
    pub license_id: String,
    /// `quantity`
    pub quantity: i64,
    /// `effectiveFrom`
    #[serde(rename = "effectiveFrom")]
    pub effective_from: chrono::DateTime<chrono::Utc>,
}
rt::deserialize_struct! {
    LicenseEntry { 0 license_id "licenseId" required, 1 quantity "quantity" required, 2
    effective_from "effectiveFrom" required rt::datetime::Seed, }
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
