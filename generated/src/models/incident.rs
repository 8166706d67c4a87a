//! The `Incident` model.

use togai_codegen_runtime as rt;

/// The `Incident` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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
    #[serde(rename = "validUntil", skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// `reportData`
    #[serde(rename = "reportData", skip_serializing_if = "Option::is_none")]
    pub report_data: Option<rt::serde_json::Value>,
    /// Incident Status
    pub status: String,
    /// Last Checked At
    #[serde(rename = "lastCheckedAt", skip_serializing_if = "Option::is_none")]
    pub last_checked_at: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// Created At
    #[serde(rename = "createdAt")]
    pub created_at: rt::chrono::DateTime<rt::chrono::Utc>,
    /// Updated At
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
}

rt::deserialize_struct! {
    Incident { 0 id "id" required, 1 alert_id "alertId" required, 2 alert_version
    "alertVersion" required, 3 alert_template_id "alertTemplateId" required, 4
    valid_until "validUntil" optional rt::datetime::OptionSeed, 5 report_data
    "reportData" optional, 6 status "status" required, 7 last_checked_at "lastCheckedAt"
    optional rt::datetime::OptionSeed, 8 created_at "createdAt" required
    rt::datetime::Seed, 9 updated_at "updatedAt" optional rt::datetime::OptionSeed, }
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
        created_at: rt::chrono::DateTime<rt::chrono::Utc>,
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
