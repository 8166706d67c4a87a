//! The `CreateCustomerContactRequest` model.
/// Payload to create a contact for a customer
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateCustomerContactRequest {
    /// `preferredUsername`
    #[serde(
        rename = "preferredUsername",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub preferred_username: Option<String>,
    /// `name`
    pub name: String,
    /// `password`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// `email`
    pub email: String,
    /// `phone`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// `verified`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified: Option<bool>,
    /// `loginAccess`
    ///
    /// Default: `false`
    #[serde(
        rename = "loginAccess",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub login_access: Option<bool>,
}
impl CreateCustomerContactRequest {
    /// Creates a `CreateCustomerContactRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(name: String, email: String) -> Self {
        Self {
            preferred_username: None,
            name,
            password: None,
            email,
            phone: None,
            verified: None,
            login_access: None,
        }
    }
}
