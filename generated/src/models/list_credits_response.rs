//! The `ListCreditsResponse` model.
/// List credits response
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListCreditsResponse {
    /// `data`
    pub data: Vec<crate::models::Credit>,
    /// `nextToken`
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}
impl ListCreditsResponse {
    /// Creates a `ListCreditsResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::Credit>) -> Self {
        Self {
            data,
            next_token: None,
        }
    }
}
