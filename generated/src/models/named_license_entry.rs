//! The `NamedLicenseEntry` model.

use togai_codegen_runtime as rt;

/// The `NamedLicenseEntry` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct NamedLicenseEntry {
    /// `licenseId`
    #[serde(rename = "licenseId")]
    pub license_id: String,
    /// `name`
    pub name: i64,
    /// `effectiveFrom`
    #[serde(rename = "effectiveFrom")]
    pub effective_from: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `effectiveUntil`
    #[serde(rename = "effectiveUntil", skip_serializing_if = "Option::is_none")]
    pub effective_until: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
}

rt::deserialize_struct! {
    NamedLicenseEntry { 0 license_id "licenseId" required, 1 name "name" required, 2
    effective_from "effectiveFrom" required rt::datetime::Seed, 3 effective_until
    "effectiveUntil" optional rt::datetime::OptionSeed, }
}

impl NamedLicenseEntry {
    /// Creates a `NamedLicenseEntry` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        license_id: String,
        name: i64,
        effective_from: rt::chrono::DateTime<rt::chrono::Utc>,
    ) -> Self {
        Self {
            license_id,
            name,
            effective_from,
            effective_until: None,
        }
    }
}
