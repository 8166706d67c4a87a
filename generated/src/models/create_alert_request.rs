//! The `CreateAlertRequest` model.

use togai_codegen_runtime as rt;

/// The `CreateAlertRequest` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    CreateAlertRequest {
        0 alert_template_id "alertTemplateId" required,
        1 interval "interval" required,
        2 validity "validity" optional,
        3 description "description" optional,
        4 entity_details "entityDetails" optional,
        5 owner_details "ownerDetails" optional,
        6 parameters "parameters" optional,
        7 status "status" required,
    }
}
impl CreateAlertRequest {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        alert_template_id: impl Into<String>,
        interval: impl Into<i64>,
        status: impl Into<crate::models::AlertStatus>,
    ) -> Self {
        Self {
            alert_template_id: alert_template_id.into(),
            interval: interval.into(),
            validity: None,
            description: None,
            entity_details: None,
            owner_details: None,
            parameters: None,
            status: status.into(),
        }
    }

    /// Sets `validity`; until set, it is left out.
    pub fn with_validity(mut self, value: impl Into<i64>) -> Self {
        self.validity = Some(value.into());
        self
    }

    /// Sets `description`; until set, it is left out.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `entity_details` (`entityDetails`); until set, it is left out.
    pub fn with_entity_details(mut self, value: impl Into<rt::serde_json::Value>) -> Self {
        self.entity_details = Some(value.into());
        self
    }

    /// Sets `owner_details` (`ownerDetails`); until set, it is left out.
    pub fn with_owner_details(mut self, value: impl Into<rt::serde_json::Value>) -> Self {
        self.owner_details = Some(value.into());
        self
    }

    /// Sets `parameters`; until set, it is left out.
    pub fn with_parameters(mut self, value: impl Into<rt::serde_json::Value>) -> Self {
        self.parameters = Some(value.into());
        self
    }
}
