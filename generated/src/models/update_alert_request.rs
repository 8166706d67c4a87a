//! The `UpdateAlertRequest` model.

use togai_codegen_runtime as rt;

/// The `UpdateAlertRequest` schema.
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    UpdateAlertRequest {
        0 description "description" optional,
        1 status "status" optional,
        2 interval "interval" optional,
        3 validity "validity" optional,
        4 parameters "parameters" optional,
    }
}
impl UpdateAlertRequest {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `description`; until set, it is left out.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `status`; until set, it is left out.
    pub fn with_status(mut self, value: impl Into<crate::models::AlertStatus>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `interval`; until set, it is left out.
    pub fn with_interval(mut self, value: impl Into<i64>) -> Self {
        self.interval = Some(value.into());
        self
    }

    /// Sets `validity`; until set, it is left out.
    pub fn with_validity(mut self, value: impl Into<i64>) -> Self {
        self.validity = Some(value.into());
        self
    }

    /// Sets `parameters`; until set, it is left out.
    pub fn with_parameters(mut self, value: impl Into<rt::serde_json::Value>) -> Self {
        self.parameters = Some(value.into());
        self
    }
}
