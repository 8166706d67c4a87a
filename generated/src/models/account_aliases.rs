//! The `AccountAliases` model.
use crate::runtime as rt;
/// The `AccountAliases` schema.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct AccountAliases {
    /// `alias`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
}
rt::deserialize_struct! {
    AccountAliases { 0 alias "alias" optional, }
}
