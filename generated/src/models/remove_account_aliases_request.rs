//! The `RemoveAccountAliasesRequest` model.
/// Payload to remove account aliases
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RemoveAccountAliasesRequest {
    /// `aliases`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aliases: Option<Vec<String>>,
    /// `accountAliases`
    #[serde(
        rename = "accountAliases",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_aliases: Option<Vec<crate::models::RemoveAccountAliasRequest>>,
}
