//! The `AddAccountAliasesRequest` model.
/// Payload to add aliases from account
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AddAccountAliasesRequest {
    /// List of aliases to add
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aliases: Option<Vec<String>>,
    /// List of account aliases to add
    #[serde(
        rename = "accountAliases",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_aliases: Option<Vec<crate::models::CreateAccountAliasRequest>>,
}
