//! The `IngestEventResponse` model.

use togai_codegen_runtime as rt;

/// The `IngestEventResponse` schema.
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct IngestEventResponse {
    /// `success`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `statusCode`
    #[serde(rename = "statusCode", skip_serializing_if = "Option::is_none")]
    pub status_code: Option<i32>,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `message`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// `code`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// `details`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub details: Option<rt::serde_json::Value>,
}

rt::deserialize_struct! {
    IngestEventResponse {
        0 success "success" optional,
        1 status_code "statusCode" optional,
        2 name "name" optional,
        3 message "message" optional,
        4 code "code" optional,
        5 details "details" optional,
    }
}
impl IngestEventResponse {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `success`; until set, it is left out.
    pub fn with_success(mut self, value: impl Into<bool>) -> Self {
        self.success = Some(value.into());
        self
    }

    /// Sets `status_code` (`statusCode`); until set, it is left out.
    pub fn with_status_code(mut self, value: impl Into<i32>) -> Self {
        self.status_code = Some(value.into());
        self
    }

    /// Sets `name`; until set, it is left out.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `message`; until set, it is left out.
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Sets `code`; until set, it is left out.
    pub fn with_code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }

    /// Sets `details`; until set, it is left out.
    pub fn with_details(mut self, value: impl Into<rt::serde_json::Value>) -> Self {
        self.details = Some(value.into());
        self
    }
}
