//! The `CreateAccountAliasRequest` model.

use togai_codegen_runtime as rt;

/// An alternative account identifier for event ingestion with a defined effective duration.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    CreateAccountAliasRequest {
        0 value "value" required,
        1 effective_from "effectiveFrom" optional rt::datetime::OptionSeed,
        2 effective_until "effectiveUntil" optional rt::datetime::OptionSeed,
    }
}
impl CreateAccountAliasRequest {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(value: impl Into<String>) -> Self {
        Self {
            value: value.into(),
            effective_from: None,
            effective_until: None,
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
