//! The `CreateCustomerContactResponse` model.

use togai_codegen_runtime as rt;

/// The `CreateCustomerContactResponse` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct CreateCustomerContactResponse {
    /// `username`
    pub username: String,
    /// `preferredUsername`
    #[serde(rename = "preferredUsername", skip_serializing_if = "Option::is_none")]
    pub preferred_username: Option<String>,
    /// `name`
    pub name: String,
    /// `email`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `phone`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// `loginAccess`
    #[serde(rename = "loginAccess")]
    pub login_access: bool,
    /// `createdBy`
    #[serde(rename = "createdBy", skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// `createdAt`
    #[serde(rename = "createdAt")]
    pub created_at: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `verified`
    pub verified: bool,
}

rt::deserialize_struct! {
    CreateCustomerContactResponse { 0 username "username" required, 1 preferred_username
    "preferredUsername" optional, 2 name "name" required, 3 email "email" optional, 4
    phone "phone" optional, 5 login_access "loginAccess" required, 6 created_by
    "createdBy" optional, 7 created_at "createdAt" required rt::datetime::Seed, 8
    verified "verified" required, }
}

impl CreateCustomerContactResponse {
    /// Creates a `CreateCustomerContactResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        username: String,
        name: String,
        login_access: bool,
        created_at: rt::chrono::DateTime<rt::chrono::Utc>,
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
