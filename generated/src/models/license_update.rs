//! The `LicenseUpdate` model.

use togai_codegen_runtime as rt;

/// License update
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct LicenseUpdate {
    /// `licenseId`
    #[serde(rename = "licenseId")]
    pub license_id: String,
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
    /// Absolute quantity of the license
    pub quantity: f64,
    /// `effectiveFrom`
    #[serde(rename = "effectiveFrom")]
    pub effective_from: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `metadata`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
}

rt::deserialize_struct! {
    LicenseUpdate { 0 license_id "licenseId" required, 1 account_id "accountId" required,
    2 quantity "quantity" required, 3 effective_from "effectiveFrom" required
    rt::datetime::Seed, 4 metadata "metadata" optional, }
}

impl LicenseUpdate {
    /// Creates a `LicenseUpdate` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        license_id: String,
        account_id: String,
        quantity: f64,
        effective_from: rt::chrono::DateTime<rt::chrono::Utc>,
    ) -> Self {
        Self {
            license_id,
            account_id,
            quantity,
            effective_from,
            metadata: None,
        }
    }
}
