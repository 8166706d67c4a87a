//! The `IncidentsPaginatedResponse` model.
/// The `IncidentsPaginatedResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IncidentsPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::Incident>,
    /// `nextToken`
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}
impl IncidentsPaginatedResponse {
    /// Creates a `IncidentsPaginatedResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::Incident>) -> Self {
        Self {
            data,
            next_token: None,
        }
    }
}
