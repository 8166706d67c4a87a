//! The `GetLicenseUpdatesResponse` model.
/// Get license updates response
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetLicenseUpdatesResponse {
    /// `data`
    pub data: Vec<crate::models::LicenseUpdateResponse>,
    /// `nextToken`
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
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
