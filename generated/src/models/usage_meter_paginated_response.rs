//! The `UsageMeterPaginatedResponse` model.
/// The `UsageMeterPaginatedResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UsageMeterPaginatedResponse {
    /// `data`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<crate::models::UsageMeter>>,
    /// `nextToken`
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// `context`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<crate::models::PaginationOptions>,
}
impl UsageMeterPaginatedResponse {
    /// Creates a `UsageMeterPaginatedResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new() -> Self {
        Self {
            data: None,
            next_token: None,
            context: None,
        }
    }
}
