//! The `LicenseEntry` model.

use togai_codegen_runtime as rt;

/// The `LicenseEntry` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct LicenseEntry {
    /// `licenseId`
    #[serde(rename = "licenseId")]
    pub license_id: String,
    /// `quantity`
    pub quantity: i64,
    /// `effectiveFrom`
    #[serde(rename = "effectiveFrom")]
    pub effective_from: rt::chrono::DateTime<rt::chrono::Utc>,
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
        effective_from: rt::chrono::DateTime<rt::chrono::Utc>,
    ) -> Self {
        Self {
            license_id,
            quantity,
            effective_from,
        }
    }
}
