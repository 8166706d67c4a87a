//! The `ReportsPaginatedResponse` model.
/// Represents a list response for reports
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReportsPaginatedResponse {
    /// `data`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<crate::models::Report>>,
    /// `nextToken`
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}
