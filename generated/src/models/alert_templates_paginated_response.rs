//! The `AlertTemplatesPaginatedResponse` model.
/// The `AlertTemplatesPaginatedResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AlertTemplatesPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::AlertTemplate>,
    /// `nextToken`
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}
impl AlertTemplatesPaginatedResponse {
    /// Creates a `AlertTemplatesPaginatedResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::AlertTemplate>) -> Self {
        Self {
            data,
            next_token: None,
        }
    }
}
