//! The `CreateBulkAliasRequest` model.

use togai_codegen_runtime as rt;

/// Create bulk alias
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct CreateBulkAliasRequest {
    /// `aliases`
    pub aliases: Vec<crate::models::CreateAliasRequest>,
}

rt::deserialize_struct! {
    CreateBulkAliasRequest { 0 aliases "aliases" required, }
}

impl CreateBulkAliasRequest {
    /// Creates a `CreateBulkAliasRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(aliases: Vec<crate::models::CreateAliasRequest>) -> Self {
        Self { aliases }
    }
}
