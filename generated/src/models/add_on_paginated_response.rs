//! The `AddOnPaginatedResponse` model.
/// The `AddOnPaginatedResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AddOnPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::AddOn>,
    /// `nextToken`
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// `context`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<crate::models::PaginationOptions>,
}
impl AddOnPaginatedResponse {
    /// Creates a `AddOnPaginatedResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::AddOn>) -> Self {
        Self {
            data,
            next_token: None,
            context: None,
        }
    }
}
