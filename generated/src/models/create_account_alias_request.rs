//! The `CreateAccountAliasRequest` model.

use togai_codegen_runtime as rt;

/// An alternative account identifier for event ingestion with a defined effective duration.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct CreateAccountAliasRequest {
    /// `value`
    pub value: String,
    /// Effective from date, if not provided, it will be set to -infinity
    #[serde(rename = "effectiveFrom", skip_serializing_if = "Option::is_none")]
    pub effective_from: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// Effective until date, if not provided, it will be set to +infinity
    #[serde(rename = "effectiveUntil", skip_serializing_if = "Option::is_none")]
    pub effective_until: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
}

rt::deserialize_struct! {
    CreateAccountAliasRequest { 0 value "value" required, 1 effective_from
    "effectiveFrom" optional rt::datetime::OptionSeed, 2 effective_until "effectiveUntil"
    optional rt::datetime::OptionSeed, }
}

impl CreateAccountAliasRequest {
    /// Creates a `CreateAccountAliasRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(value: String) -> Self {
        Self {
            value,
            effective_from: None,
            effective_until: None,
        }
    }
}
