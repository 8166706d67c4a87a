//! The `CreateAliasRequest` model.

use togai_codegen_runtime as rt;

/// Create an alias
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct CreateAliasRequest {
    /// `value`
    pub value: String,
}

rt::deserialize_struct! {
    CreateAliasRequest {
        0 value "value" required,
    }
}
impl CreateAliasRequest {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(value: impl Into<String>) -> Self {
        Self {
            value: value.into(),
        }
    }
}
