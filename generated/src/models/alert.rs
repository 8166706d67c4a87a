//! The `Alert` model.

use togai_codegen_runtime as rt;

/// The `Alert` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct Alert {
    /// Alert ID
    pub id: String,
    /// Alert Version
    pub version: i64,
    /// Alert Description
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `status`
    pub status: crate::models::AlertStatus,
    /// Validity of the alert in minutes, if null then alert will be valid forever
    #[serde(skip_serializing_if = "Option::is_none")]
    pub validity: Option<i64>,
    /// Alert Template Id
    #[serde(rename = "alertTemplateId")]
    pub alert_template_id: String,
    /// Interval
    pub interval: i64,
    /// `entityDetails`
    #[serde(rename = "entityDetails", skip_serializing_if = "Option::is_none")]
    pub entity_details: Option<rt::serde_json::Value>,
    /// `ownerDetails`
    #[serde(rename = "ownerDetails", skip_serializing_if = "Option::is_none")]
    pub owner_details: Option<rt::serde_json::Value>,
    /// `parameters`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameters: Option<rt::serde_json::Value>,
    /// Created At
    #[serde(rename = "createdAt")]
    pub created_at: rt::chrono::DateTime<rt::chrono::Utc>,
    /// Updated At
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
}

rt::deserialize_struct! {
    Alert { 0 id "id" required, 1 version "version" required, 2 description "description"
    optional, 3 status "status" required, 4 validity "validity" optional, 5
    alert_template_id "alertTemplateId" required, 6 interval "interval" required, 7
    entity_details "entityDetails" optional, 8 owner_details "ownerDetails" optional, 9
    parameters "parameters" optional, 10 created_at "createdAt" required
    rt::datetime::Seed, 11 updated_at "updatedAt" optional rt::datetime::OptionSeed, }
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
        created_at: rt::chrono::DateTime<rt::chrono::Utc>,
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
