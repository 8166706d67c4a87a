//! The `ValidatedEntityErrorsPaginatedResponse` model.
/// The `ValidatedEntityErrorsPaginatedResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ValidatedEntityErrorsPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::ValidatedEntityError>,
    /// `nextToken`
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}
impl ValidatedEntityErrorsPaginatedResponse {
    /// Creates a `ValidatedEntityErrorsPaginatedResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::ValidatedEntityError>) -> Self {
        Self {
            data,
            next_token: None,
        }
    }
}
