//! The `LicenseEntryDetailsUpdateRequest` model.

use togai_codegen_runtime as rt;

/// License Entry Details update request
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct LicenseEntryDetailsUpdateRequest {
    /// The account id for which the license is being updated
    #[serde(rename = "accountId")]
    pub account_id: String,
    /// The effective from date of the license entry
    #[serde(rename = "effectiveFrom")]
    pub effective_from: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `metadata`
    pub metadata: std::collections::BTreeMap<String, String>,
}

rt::deserialize_struct! {
    LicenseEntryDetailsUpdateRequest {
        0 account_id "accountId" required,
        1 effective_from "effectiveFrom" required rt::datetime::Seed,
        2 metadata "metadata" required,
    }
}
impl LicenseEntryDetailsUpdateRequest {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        account_id: impl Into<String>,
        effective_from: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        metadata: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        Self {
            account_id: account_id.into(),
            effective_from: effective_from.into(),
            metadata: metadata.into(),
        }
    }
}
