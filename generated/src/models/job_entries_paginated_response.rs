//! The `JobEntriesPaginatedResponse` model.
/// The `JobEntriesPaginatedResponse` schema.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct JobEntriesPaginatedResponse {
    /// `data`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<crate::models::JobEntriesResponse>>,
    /// `nextToken`
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// `context`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<crate::models::PaginationOptions>,
}
