//! The `RemoveAccountAliasRequest` model.

use togai_codegen_runtime as rt;

/// The `RemoveAccountAliasRequest` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct RemoveAccountAliasRequest {
    /// Alias identifier (UUID)
    pub id: String,
    /// Alias will be deleted from this date, If not provided, it will be deleted from now
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
}

rt::deserialize_struct! {
    RemoveAccountAliasRequest {
        0 id "id" required,
        1 from "from" optional rt::datetime::OptionSeed,
    }
}
impl RemoveAccountAliasRequest {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            from: None,
        }
    }

    /// Sets `from`; until set, it is left out.
    pub fn with_from(mut self, value: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>) -> Self {
        self.from = Some(value.into());
        self
    }
}
