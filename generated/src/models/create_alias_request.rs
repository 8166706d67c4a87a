//! The `CreateAliasRequest` model.

use togai_codegen_runtime as rt;

/// Create an alias
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct CreateAliasRequest {
    /// `value`
    pub value: String,
}

rt::deserialize_struct! {
    CreateAliasRequest { 0 value "value" required, }
}

impl CreateAliasRequest {
    /// Creates a `CreateAliasRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(value: String) -> Self {
        Self { value }
    }
}
