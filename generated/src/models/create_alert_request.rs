//! The `CreateAlertRequest` model.
/// The `CreateAlertRequest` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateAlertRequest {
    /// `alertTemplateId`
    #[serde(rename = "alertTemplateId")]
    pub alert_template_id: String,
    /// `interval`
    pub interval: i64,
    /// Validity of the alert in minutes, if null then alert will be valid forever
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validity: Option<i64>,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `entityDetails`
    #[serde(
        rename = "entityDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub entity_details: Option<serde_json::Value>,
    /// `ownerDetails`
    #[serde(
        rename = "ownerDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub owner_details: Option<serde_json::Value>,
    /// `parameters`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<serde_json::Value>,
    /// `status`
    pub status: crate::models::AlertStatus,
}
impl CreateAlertRequest {
    /// Creates a `CreateAlertRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        alert_template_id: String,
        interval: i64,
        status: crate::models::AlertStatus,
    ) -> Self {
        Self {
            alert_template_id,
            interval,
            validity: None,
            description: None,
            entity_details: None,
            owner_details: None,
            parameters: None,
            status,
        }
    }
}
