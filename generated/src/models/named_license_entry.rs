//! The `NamedLicenseEntry` model.

use togai_codegen_runtime as rt;

/// The `NamedLicenseEntry` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    NamedLicenseEntry {
        0 license_id "licenseId" required,
        1 name "name" required,
        2 effective_from "effectiveFrom" required rt::datetime::Seed,
        3 effective_until "effectiveUntil" optional rt::datetime::OptionSeed,
    }
}
impl NamedLicenseEntry {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        license_id: impl Into<String>,
        name: impl Into<i64>,
        effective_from: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        Self {
            license_id: license_id.into(),
            name: name.into(),
            effective_from: effective_from.into(),
            effective_until: None,
        }
    }

    /// Sets `effective_until` (`effectiveUntil`); until set, it is left out.
    pub fn with_effective_until(
        mut self,
        value: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        self.effective_until = Some(value.into());
        self
    }
}
