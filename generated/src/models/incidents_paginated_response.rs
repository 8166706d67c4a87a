//! The `IncidentsPaginatedResponse` model.

use togai_codegen_runtime as rt;

/// The `IncidentsPaginatedResponse` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct IncidentsPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::Incident>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

rt::deserialize_struct! {
    IncidentsPaginatedResponse { 0 data "data" required, 1 next_token "nextToken"
    optional, }
}

impl IncidentsPaginatedResponse {
    /// Creates a `IncidentsPaginatedResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::Incident>) -> Self {
        Self {
            data,
            next_token: None,
        }
    }
}
