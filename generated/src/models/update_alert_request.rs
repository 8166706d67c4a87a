//! The `UpdateAlertRequest` model.

use togai_codegen_runtime as rt;

/// The `UpdateAlertRequest` schema.
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct UpdateAlertRequest {
    /// `description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `status`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::models::AlertStatus>,
    /// `interval`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval: Option<i64>,
    /// `validity`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub validity: Option<i64>,
    /// `parameters`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameters: Option<rt::serde_json::Value>,
}

rt::deserialize_struct! {
    UpdateAlertRequest { 0 description "description" optional, 1 status "status"
    optional, 2 interval "interval" optional, 3 validity "validity" optional, 4
    parameters "parameters" optional, }
}
