//! The `NamedLicenseUpdatesPaginatedResponse` model.
/// Named License updates paginated response
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NamedLicenseUpdatesPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::NamedLicenseUpdate>,
    /// `nextToken`
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
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
