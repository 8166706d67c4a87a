//! The `NamedLicenseUpdate` model.

use togai_codegen_runtime as rt;

/// Named License update response
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct NamedLicenseUpdate {
    /// `id`
    pub id: String,
    /// `licenseId`
    #[serde(rename = "licenseId")]
    pub license_id: String,
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
    /// `name`
    pub name: String,
    /// `effectiveFrom`
    #[serde(rename = "effectiveFrom", skip_serializing_if = "Option::is_none")]
    pub effective_from: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// `effectiveUntil`
    #[serde(rename = "effectiveUntil", skip_serializing_if = "Option::is_none")]
    pub effective_until: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// `createdAt`
    #[serde(rename = "createdAt")]
    pub created_at: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `updatedAt`
    #[serde(rename = "updatedAt")]
    pub updated_at: rt::chrono::DateTime<rt::chrono::Utc>,
}

rt::deserialize_struct! {
    NamedLicenseUpdate { 0 id "id" required, 1 license_id "licenseId" required, 2
    account_id "accountId" required, 3 name "name" required, 4 effective_from
    "effectiveFrom" optional rt::datetime::OptionSeed, 5 effective_until "effectiveUntil"
    optional rt::datetime::OptionSeed, 6 created_at "createdAt" required
    rt::datetime::Seed, 7 updated_at "updatedAt" required rt::datetime::Seed, }
}

impl NamedLicenseUpdate {
    /// Creates a `NamedLicenseUpdate` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        license_id: String,
        account_id: String,
        name: String,
        created_at: rt::chrono::DateTime<rt::chrono::Utc>,
        updated_at: rt::chrono::DateTime<rt::chrono::Utc>,
    ) -> Self {
        Self {
            id,
            license_id,
            account_id,
            name,
            effective_from: None,
            effective_until: None,
            created_at,
            updated_at,
        }
    }
}
