//! The `CreateCustomerContactResponse` model.

use togai_codegen_runtime as rt;

/// The `CreateCustomerContactResponse` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    CreateCustomerContactResponse {
        0 username "username" required,
        1 preferred_username "preferredUsername" optional,
        2 name "name" required,
        3 email "email" optional,
        4 phone "phone" optional,
        5 login_access "loginAccess" required,
        6 created_by "createdBy" optional,
        7 created_at "createdAt" required rt::datetime::Seed,
        8 verified "verified" required,
    }
}
impl CreateCustomerContactResponse {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        username: impl Into<String>,
        name: impl Into<String>,
        login_access: impl Into<bool>,
        created_at: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        verified: impl Into<bool>,
    ) -> Self {
        Self {
            username: username.into(),
            preferred_username: None,
            name: name.into(),
            email: None,
            phone: None,
            login_access: login_access.into(),
            created_by: None,
            created_at: created_at.into(),
            verified: verified.into(),
        }
    }

    /// Sets `preferred_username` (`preferredUsername`); until set, it is left out.
    pub fn with_preferred_username(mut self, value: impl Into<String>) -> Self {
        self.preferred_username = Some(value.into());
        self
    }

    /// Sets `email`; until set, it is left out.
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }

    /// Sets `phone`; until set, it is left out.
    pub fn with_phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }

    /// Sets `created_by` (`createdBy`); until set, it is left out.
    pub fn with_created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }
}
