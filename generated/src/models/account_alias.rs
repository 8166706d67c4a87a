//! The `AccountAlias` model.

use togai_codegen_runtime as rt;

/// Account Alias
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct AccountAlias {
    /// Alias identifier (UUID)
    pub id: String,
    /// Alias value
    pub value: String,
    /// Effective from date
    #[serde(rename = "effectiveFrom")]
    pub effective_from: rt::chrono::DateTime<rt::chrono::Utc>,
    /// Effective until date
    #[serde(rename = "effectiveUntil")]
    pub effective_until: rt::chrono::DateTime<rt::chrono::Utc>,
    /// Alias creation date
    #[serde(rename = "createdAt")]
    pub created_at: rt::chrono::DateTime<rt::chrono::Utc>,
    /// Alias update date
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
}

rt::deserialize_struct! {
    AccountAlias {
        0 id "id" required,
        1 value "value" required,
        2 effective_from "effectiveFrom" required rt::datetime::Seed,
        3 effective_until "effectiveUntil" required rt::datetime::Seed,
        4 created_at "createdAt" required rt::datetime::Seed,
        5 updated_at "updatedAt" optional rt::datetime::OptionSeed,
    }
}
impl AccountAlias {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        id: impl Into<String>,
        value: impl Into<String>,
        effective_from: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        effective_until: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        created_at: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        Self {
            id: id.into(),
            value: value.into(),
            effective_from: effective_from.into(),
            effective_until: effective_until.into(),
            created_at: created_at.into(),
            updated_at: None,
        }
    }

    /// Sets `updated_at` (`updatedAt`); until set, it is left out.
    pub fn with_updated_at(
        mut self,
        value: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }
}
