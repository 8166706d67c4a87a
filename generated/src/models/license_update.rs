//! The `LicenseUpdate` model.

use togai_codegen_runtime as rt;

/// License update
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    LicenseUpdate {
        0 license_id "licenseId" required,
        1 account_id "accountId" required,
        2 quantity "quantity" required,
        3 effective_from "effectiveFrom" required rt::datetime::Seed,
        4 metadata "metadata" optional,
    }
}
impl LicenseUpdate {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        license_id: impl Into<String>,
        account_id: impl Into<String>,
        quantity: impl Into<f64>,
        effective_from: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        Self {
            license_id: license_id.into(),
            account_id: account_id.into(),
            quantity: quantity.into(),
            effective_from: effective_from.into(),
            metadata: None,
        }
    }

    /// Sets `metadata`; until set, it is left out.
    pub fn with_metadata(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.metadata = Some(value.into());
        self
    }
}
