//! The `NamedLicenseUpdate` model.

use togai_codegen_runtime as rt;

/// Named License update response
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    NamedLicenseUpdate {
        0 id "id" required,
        1 license_id "licenseId" required,
        2 account_id "accountId" required,
        3 name "name" required,
        4 effective_from "effectiveFrom" optional rt::datetime::OptionSeed,
        5 effective_until "effectiveUntil" optional rt::datetime::OptionSeed,
        6 created_at "createdAt" required rt::datetime::Seed,
        7 updated_at "updatedAt" required rt::datetime::Seed,
    }
}
impl NamedLicenseUpdate {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        id: impl Into<String>,
        license_id: impl Into<String>,
        account_id: impl Into<String>,
        name: impl Into<String>,
        created_at: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        updated_at: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        Self {
            id: id.into(),
            license_id: license_id.into(),
            account_id: account_id.into(),
            name: name.into(),
            effective_from: None,
            effective_until: None,
            created_at: created_at.into(),
            updated_at: updated_at.into(),
        }
    }

    /// Sets `effective_from` (`effectiveFrom`); until set, it is left out.
    pub fn with_effective_from(
        mut self,
        value: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        self.effective_from = Some(value.into());
        self
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
