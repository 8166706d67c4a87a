//! The `LicenseEntry` model.

use togai_codegen_runtime as rt;

/// The `LicenseEntry` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    LicenseEntry {
        0 license_id "licenseId" required,
        1 quantity "quantity" required,
        2 effective_from "effectiveFrom" required rt::datetime::Seed,
    }
}
impl LicenseEntry {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        license_id: impl Into<String>,
        quantity: impl Into<i64>,
        effective_from: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        Self {
            license_id: license_id.into(),
            quantity: quantity.into(),
            effective_from: effective_from.into(),
        }
    }
}
