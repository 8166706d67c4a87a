//! The `CreateCustomerContactRequest` model.

use togai_codegen_runtime as rt;

/// Payload to create a contact for a customer
#[derive(Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct CreateCustomerContactRequest {
    /// `preferredUsername`
    #[serde(rename = "preferredUsername", skip_serializing_if = "Option::is_none")]
    pub preferred_username: Option<String>,
    /// `name`
    pub name: String,
    /// `password`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// `email`
    pub email: String,
    /// `phone`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// `verified`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verified: Option<bool>,
    /// `loginAccess`
    ///
    /// Default: `false`
    #[serde(rename = "loginAccess", skip_serializing_if = "Option::is_none")]
    pub login_access: Option<bool>,
}

/// Shows every field but the secrets, which read `<redacted>`.
#[allow(deprecated)]
impl std::fmt::Debug for CreateCustomerContactRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateCustomerContactRequest")
            .field("preferred_username", &self.preferred_username)
            .field("name", &self.name)
            .field("password", &rt::REDACTED)
            .field("email", &self.email)
            .field("phone", &self.phone)
            .field("verified", &self.verified)
            .field("login_access", &self.login_access)
            .finish()
    }
}

rt::deserialize_struct! {
    CreateCustomerContactRequest {
        0 preferred_username "preferredUsername" optional,
        1 name "name" required,
        2 password "password" optional,
        3 email "email" required,
        4 phone "phone" optional,
        5 verified "verified" optional,
        6 login_access "loginAccess" optional,
    }
}
impl CreateCustomerContactRequest {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(name: impl Into<String>, email: impl Into<String>) -> Self {
        Self {
            preferred_username: None,
            name: name.into(),
            password: None,
            email: email.into(),
            phone: None,
            verified: None,
            login_access: None,
        }
    }

    /// Sets `preferred_username` (`preferredUsername`); until set, it is left out.
    pub fn with_preferred_username(mut self, value: impl Into<String>) -> Self {
        self.preferred_username = Some(value.into());
        self
    }

    /// Sets `password`; until set, it is left out.
    pub fn with_password(mut self, value: impl Into<String>) -> Self {
        self.password = Some(value.into());
        self
    }

    /// Sets `phone`; until set, it is left out.
    pub fn with_phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }

    /// Sets `verified`; until set, it is left out.
    pub fn with_verified(mut self, value: impl Into<bool>) -> Self {
        self.verified = Some(value.into());
        self
    }

    /// Sets `login_access` (`loginAccess`); until set, it is left out.
    pub fn with_login_access(mut self, value: impl Into<bool>) -> Self {
        self.login_access = Some(value.into());
        self
    }
}
