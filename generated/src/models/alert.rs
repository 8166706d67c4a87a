//! The `Alert` model.
/// The `Alert` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Alert {
    /// Alert ID
    pub id: String,
    /// Alert Version
    pub version: i64,
    /// Alert Description
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `status`
    pub status: crate::models::AlertStatus,
    /// Validity of the alert in minutes, if null then alert will be valid forever
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validity: Option<i64>,
    /// Alert Template Id
    #[serde(rename = "alertTemplateId")]
    pub alert_template_id: String,
    /// Interval
    pub interval: i64,
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
    /// Created At
    #[serde(
        rename = "createdAt",
        deserialize_with = "crate::runtime::datetime::deserialize"
    )]
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// Updated At
    #[serde(
        rename = "updatedAt",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::datetime::deserialize_option"
    )]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}
impl Alert {
    /// Creates a `Alert` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        version: i64,
        status: crate::models::AlertStatus,
        alert_template_id: String,
        interval: i64,
        created_at: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Self {
            id,
            version,
            description: None,
            status,
            validity: None,
            alert_template_id,
            interval,
            entity_details: None,
            owner_details: None,
            parameters: None,
            created_at,
            updated_at: None,
        }
    }
}
