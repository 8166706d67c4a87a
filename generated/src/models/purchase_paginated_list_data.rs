//! The `PurchasePaginatedListData` model.
/// The `PurchasePaginatedListData` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PurchasePaginatedListData {
    /// `data`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<crate::models::PurchaseListResponse>>,
    /// `nextToken`
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// `context`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<crate::models::PaginationOptions>,
}
impl PurchasePaginatedListData {
    /// Creates a `PurchasePaginatedListData` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new() -> Self {
        Self {
            data: None,
            next_token: None,
            context: None,
        }
    }
}
