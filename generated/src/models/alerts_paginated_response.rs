//! The `AlertsPaginatedResponse` model.
/// The `AlertsPaginatedResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AlertsPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::Alert>,
    /// `nextToken`
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}
impl AlertsPaginatedResponse {
    /// Creates a `AlertsPaginatedResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::Alert>) -> Self {
        Self {
            data,
            next_token: None,
        }
    }
}
