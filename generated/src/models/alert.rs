//! The `Alert` model.

use togai_codegen_runtime as rt;

/// The `Alert` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    Alert {
        0 id "id" required,
        1 version "version" required,
        2 description "description" optional,
        3 status "status" required,
        4 validity "validity" optional,
        5 alert_template_id "alertTemplateId" required,
        6 interval "interval" required,
        7 entity_details "entityDetails" optional,
        8 owner_details "ownerDetails" optional,
        9 parameters "parameters" optional,
        10 created_at "createdAt" required rt::datetime::Seed,
        11 updated_at "updatedAt" optional rt::datetime::OptionSeed,
    }
}
impl Alert {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        id: impl Into<String>,
        version: impl Into<i64>,
        status: impl Into<crate::models::AlertStatus>,
        alert_template_id: impl Into<String>,
        interval: impl Into<i64>,
        created_at: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        Self {
            id: id.into(),
            version: version.into(),
            description: None,
            status: status.into(),
            validity: None,
            alert_template_id: alert_template_id.into(),
            interval: interval.into(),
            entity_details: None,
            owner_details: None,
            parameters: None,
            created_at: created_at.into(),
            updated_at: None,
        }
    }

    /// Sets `description`; until set, it is left out.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `validity`; until set, it is left out.
    pub fn with_validity(mut self, value: impl Into<i64>) -> Self {
        self.validity = Some(value.into());
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

    /// Sets `updated_at` (`updatedAt`); until set, it is left out.
    pub fn with_updated_at(
        mut self,
        value: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }
}
