//! The `IngestEventResponse` model.

use togai_codegen_runtime as rt;

/// The `IngestEventResponse` schema.
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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
    IngestEventResponse { 0 success "success" optional, 1 status_code "statusCode"
    optional, 2 name "name" optional, 3 message "message" optional, 4 code "code"
    optional, 5 details "details" optional, }
}
