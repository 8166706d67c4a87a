//! The `CreateAlertRequest` model.

use togai_codegen_runtime as rt;

/// The `CreateAlertRequest` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct CreateAlertRequest {
    /// `alertTemplateId`
    #[serde(rename = "alertTemplateId")]
    pub alert_template_id: String,
    /// `interval`
    pub interval: i64,
    /// Validity of the alert in minutes, if null then alert will be valid forever
    #[serde(skip_serializing_if = "Option::is_none")]
    pub validity: Option<i64>,
    /// `description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `entityDetails`
    #[serde(rename = "entityDetails", skip_serializing_if = "Option::is_none")]
    pub entity_details: Option<rt::serde_json::Value>,
    /// `ownerDetails`
    #[serde(rename = "ownerDetails", skip_serializing_if = "Option::is_none")]
    pub owner_details: Option<rt::serde_json::Value>,
    /// `parameters`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameters: Option<rt::serde_json::Value>,
    /// `status`
    pub status: crate::models::AlertStatus,
}

rt::deserialize_struct! {
    CreateAlertRequest { 0 alert_template_id "alertTemplateId" required, 1 interval
    "interval" required, 2 validity "validity" optional, 3 description "description"
    optional, 4 entity_details "entityDetails" optional, 5 owner_details "ownerDetails"
    optional, 6 parameters "parameters" optional, 7 status "status" required, }
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
