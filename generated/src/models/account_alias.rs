//! The `AccountAlias` model.

use togai_codegen_runtime as rt;

/// Account Alias
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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
    AccountAlias { 0 id "id" required, 1 value "value" required, 2 effective_from
    "effectiveFrom" required rt::datetime::Seed, 3 effective_until "effectiveUntil"
    required rt::datetime::Seed, 4 created_at "createdAt" required rt::datetime::Seed, 5
    updated_at "updatedAt" optional rt::datetime::OptionSeed, }
}

impl AccountAlias {
    /// Creates a `AccountAlias` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        value: String,
        effective_from: rt::chrono::DateTime<rt::chrono::Utc>,
        effective_until: rt::chrono::DateTime<rt::chrono::Utc>,
        created_at: rt::chrono::DateTime<rt::chrono::Utc>,
    ) -> Self {
        Self {
            id,
            value,
            effective_from,
            effective_until,
            created_at,
            updated_at: None,
        }
    }
}
