//! The `Incident` model.
/// The `Incident` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Incident {
    /// Incident ID
    pub id: String,
    /// Alert ID
    #[serde(rename = "alertId")]
    pub alert_id: String,
    /// Alert Version
    #[serde(rename = "alertVersion")]
    pub alert_version: i64,
    /// Alert Template Id
    #[serde(rename = "alertTemplateId")]
    pub alert_template_id: String,
    /// `validUntil`
    #[serde(
        rename = "validUntil",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::datetime::deserialize_option"
    )]
    pub valid_until: Option<chrono::DateTime<chrono::Utc>>,
    /// `reportData`
    #[serde(
        rename = "reportData",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub report_data: Option<serde_json::Value>,
    /// Incident Status
    pub status: String,
    /// Last Checked At
    #[serde(
        rename = "lastCheckedAt",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::datetime::deserialize_option"
    )]
    pub last_checked_at: Option<chrono::DateTime<chrono::Utc>>,
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
impl Incident {
    /// Creates a `Incident` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        alert_id: String,
        alert_version: i64,
        alert_template_id: String,
        status: String,
        created_at: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Self {
            id,
            alert_id,
            alert_version,
            alert_template_id,
            valid_until: None,
            report_data: None,
            status,
            last_checked_at: None,
            created_at,
            updated_at: None,
        }
    }
}
