//! The `GetFeatureCreditEntriesPaginatedResponse` model.
/// The `GetFeatureCreditEntriesPaginatedResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetFeatureCreditEntriesPaginatedResponse {
    /// `data`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<crate::models::FeatureCreditEntry>>,
    /// `nextToken`
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}
impl GetFeatureCreditEntriesPaginatedResponse {
    /// Creates a `GetFeatureCreditEntriesPaginatedResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new() -> Self {
        Self {
            data: None,
            next_token: None,
        }
    }
}
