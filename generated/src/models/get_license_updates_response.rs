//! The `GetLicenseUpdatesResponse` model.

use togai_codegen_runtime as rt;

/// Get license updates response
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct GetLicenseUpdatesResponse {
    /// `data`
    pub data: Vec<crate::models::LicenseUpdateResponse>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

rt::deserialize_struct! {
    GetLicenseUpdatesResponse { 0 data "data" required, 1 next_token "nextToken"
    optional, }
}

impl GetLicenseUpdatesResponse {
    /// Creates a `GetLicenseUpdatesResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::LicenseUpdateResponse>) -> Self {
        Self {
            data,
            next_token: None,
        }
    }
}
