//! The `AccountAliases` model.

use togai_codegen_runtime as rt;

/// The `AccountAliases` schema.
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct AccountAliases {
    /// `alias`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
}

rt::deserialize_struct! {
    AccountAliases { 0 alias "alias" optional, }
}
