//! The `WalletEntriesPaginatedResponse` model.

use togai_codegen_runtime as rt;

/// List wallet entries response
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct WalletEntriesPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::WalletEntry>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

rt::deserialize_struct! {
    WalletEntriesPaginatedResponse { 0 data "data" required, 1 next_token "nextToken"
    optional, }
}

impl WalletEntriesPaginatedResponse {
    /// Creates a `WalletEntriesPaginatedResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::WalletEntry>) -> Self {
        Self {
            data,
            next_token: None,
        }
    }
}
