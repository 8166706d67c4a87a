//! The `AliasPaginatedResponse` model.
/// Represents for list response of alias
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AliasPaginatedResponse {
    /// `data`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<crate::models::Alias>>,
    /// `nextToken`
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}
