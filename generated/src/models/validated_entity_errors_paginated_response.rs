//! The `ValidatedEntityErrorsPaginatedResponse` model.

use togai_codegen_runtime as rt;

/// The `ValidatedEntityErrorsPaginatedResponse` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct ValidatedEntityErrorsPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::ValidatedEntityError>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

rt::deserialize_struct! {
    ValidatedEntityErrorsPaginatedResponse { 0 data "data" required, 1 next_token
    "nextToken" optional, }
}

impl ValidatedEntityErrorsPaginatedResponse {
    /// Creates a `ValidatedEntityErrorsPaginatedResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::ValidatedEntityError>) -> Self {
        Self {
            data,
            next_token: None,
        }
    }
}
