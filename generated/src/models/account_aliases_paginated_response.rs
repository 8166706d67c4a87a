//! The `AccountAliasesPaginatedResponse` model.
/// Paginated response for account aliases
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccountAliasesPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::AccountAlias>,
    /// `nextToken`
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}
impl AccountAliasesPaginatedResponse {
    /// Creates a `AccountAliasesPaginatedResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::AccountAlias>) -> Self {
        Self {
            data,
            next_token: None,
        }
    }
}
