//! The `AlertTemplatesPaginatedResponse` model.

use togai_codegen_runtime as rt;

/// The `AlertTemplatesPaginatedResponse` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct AlertTemplatesPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::AlertTemplate>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

rt::deserialize_struct! {
    AlertTemplatesPaginatedResponse { 0 data "data" required, 1 next_token "nextToken"
    optional, }
}

impl AlertTemplatesPaginatedResponse {
    /// Creates a `AlertTemplatesPaginatedResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::AlertTemplate>) -> Self {
        Self {
            data,
            next_token: None,
        }
    }
}
