//! The `AlertsPaginatedResponse` model.

use togai_codegen_runtime as rt;

/// The `AlertsPaginatedResponse` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct AlertsPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::Alert>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

rt::deserialize_struct! {
    AlertsPaginatedResponse { 0 data "data" required, 1 next_token "nextToken" optional,
    }
}

impl AlertsPaginatedResponse {
    /// Creates a `AlertsPaginatedResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::Alert>) -> Self {
        Self {
            data,
            next_token: None,
        }
    }
}
