//! The `UpdateAlertRequest` model.
/// The `UpdateAlertRequest` schema.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateAlertRequest {
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `status`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::models::AlertStatus>,
    /// `interval`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<i64>,
    /// `validity`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validity: Option<i64>,
    /// `parameters`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<serde_json::Value>,
}
