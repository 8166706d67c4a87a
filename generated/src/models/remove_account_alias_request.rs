//! The `RemoveAccountAliasRequest` model.

use togai_codegen_runtime as rt;

/// The `RemoveAccountAliasRequest` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct RemoveAccountAliasRequest {
    /// Alias identifier (UUID)
    pub id: String,
    /// Alias will be deleted from this date, If not provided, it will be deleted from now
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
}

rt::deserialize_struct! {
    RemoveAccountAliasRequest { 0 id "id" required, 1 from "from" optional
    rt::datetime::OptionSeed, }
}

impl RemoveAccountAliasRequest {
    /// Creates a `RemoveAccountAliasRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(id: String) -> Self {
        Self { id, from: None }
    }
}
