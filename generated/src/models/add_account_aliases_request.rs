//! The `AddAccountAliasesRequest` model.

use togai_codegen_runtime as rt;

/// Payload to add aliases from account
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct AddAccountAliasesRequest {
    /// List of aliases to add
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aliases: Option<Vec<String>>,
    /// List of account aliases to add
    #[serde(rename = "accountAliases", skip_serializing_if = "Option::is_none")]
    pub account_aliases: Option<Vec<crate::models::CreateAccountAliasRequest>>,
}

rt::deserialize_struct! {
    AddAccountAliasesRequest { 0 aliases "aliases" optional, 1 account_aliases
    "accountAliases" optional, }
}
