//! The `AccountAliasesPaginatedResponse` model.

use togai_codegen_runtime as rt;

/// Paginated response for account aliases
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct AccountAliasesPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::AccountAlias>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

rt::deserialize_struct! {
    AccountAliasesPaginatedResponse { 0 data "data" required, 1 next_token "nextToken"
    optional, }
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
