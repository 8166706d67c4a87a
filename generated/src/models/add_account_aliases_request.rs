//! The `AddAccountAliasesRequest` model.
/// Payload to add aliases from account
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
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
impl AddAccountAliasesRequest {
    /// Creates a `AddAccountAliasesRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new() -> Self {
        Self {
            aliases: None,
            account_aliases: None,
        }
    }
}
