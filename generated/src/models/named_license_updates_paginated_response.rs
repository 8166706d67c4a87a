//! The `NamedLicenseUpdatesPaginatedResponse` model.

use togai_codegen_runtime as rt;

/// Named License updates paginated response
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct NamedLicenseUpdatesPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::NamedLicenseUpdate>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

rt::deserialize_struct! {
    NamedLicenseUpdatesPaginatedResponse { 0 data "data" required, 1 next_token
    "nextToken" optional, }
}

impl NamedLicenseUpdatesPaginatedResponse {
    /// Creates a `NamedLicenseUpdatesPaginatedResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::NamedLicenseUpdate>) -> Self {
        Self {
            data,
            next_token: None,
        }
    }
}
