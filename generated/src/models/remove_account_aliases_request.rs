//! The `RemoveAccountAliasesRequest` model.

use togai_codegen_runtime as rt;

/// Payload to remove account aliases
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct RemoveAccountAliasesRequest {
    /// `aliases`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aliases: Option<Vec<String>>,
    /// `accountAliases`
    #[serde(rename = "accountAliases", skip_serializing_if = "Option::is_none")]
    pub account_aliases: Option<Vec<crate::models::RemoveAccountAliasRequest>>,
}

rt::deserialize_struct! {
    RemoveAccountAliasesRequest { 0 aliases "aliases" optional, 1 account_aliases
    "accountAliases" optional, }
}
