//! The `CreateBulkAliasRequest` model.

use togai_codegen_runtime as rt;

/// Create bulk alias
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct CreateBulkAliasRequest {
    /// `aliases`
    pub aliases: Vec<crate::models::CreateAliasRequest>,
}

rt::deserialize_struct! {
    CreateBulkAliasRequest {
        0 aliases "aliases" required,
    }
}
impl CreateBulkAliasRequest {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(aliases: impl Into<Vec<crate::models::CreateAliasRequest>>) -> Self {
        Self {
            aliases: aliases.into(),
        }
    }
}
