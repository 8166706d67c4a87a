//! The `CreateCustomerContactResponse` model.
/// The `CreateCustomerContactResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateCustomerContactResponse {
    /// `username`
    pub username: String,
    /// `preferredUsername`
    #[serde(
        rename = "preferredUsername",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub preferred_username: Option<String>,
    /// `name`
    pub name: String,
    /// `email`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `phone`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// `loginAccess`
    #[serde(rename = "loginAccess")]
    pub login_access: bool,
    /// `createdBy`
    #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// `createdAt`
    #[serde(
        rename = "createdAt",
        deserialize_with = "crate::runtime::datetime::deserialize"
    )]
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// `verified`
    pub verified: bool,
}
impl CreateCustomerContactResponse {
    /// Creates a `CreateCustomerContactResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        username: String,
        name: String,
        login_access: bool,
        created_at: chrono::DateTime<chrono::Utc>,
        verified: bool,
    ) -> Self {
        Self {
            username,
            preferred_username: None,
            name,
            email: None,
            phone: None,
            login_access,
            created_by: None,
            created_at,
            verified,
        }
    }
}
