//! The `CreateCustomerRequest` model.

use togai_codegen_runtime as rt;

/// Payload to create customer
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct CreateCustomerRequest {
    /// Customer identifier
    pub id: String,
    /// Name of the Customer
    pub name: String,
    /// Primary email of the customer
    #[serde(rename = "primaryEmail")]
    pub primary_email: String,
    /// `address`
    pub address: crate::models::Address,
    /// `settings`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub settings: Option<Vec<crate::models::CreateEntitySetting>>,
    /// `account`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<crate::models::CreateAccountRequestWithoutCustomerId>,
}

rt::deserialize_struct! {
    CreateCustomerRequest {
        0 id "id" required,
        1 name "name" required,
        2 primary_email "primaryEmail" required,
        3 address "address" required,
        4 settings "settings" optional,
        5 account "account" optional,
    }
}
impl CreateCustomerRequest {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        primary_email: impl Into<String>,
        address: impl Into<crate::models::Address>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            primary_email: primary_email.into(),
            address: address.into(),
            settings: None,
            account: None,
        }
    }

    /// Sets `settings`; until set, it is left out.
    pub fn with_settings(
        mut self,
        value: impl Into<Vec<crate::models::CreateEntitySetting>>,
    ) -> Self {
        self.settings = Some(value.into());
        self
    }

    /// Sets `account`; until set, it is left out.
    pub fn with_account(
        mut self,
        value: impl Into<crate::models::CreateAccountRequestWithoutCustomerId>,
    ) -> Self {
        self.account = Some(value.into());
        self
    }
}
