//! The `WalletEntriesPaginatedResponse` model.
/// List wallet entries response
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WalletEntriesPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::WalletEntry>,
    /// `nextToken`
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
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
