//! The `CreateCustomerRequest` model.

use togai_codegen_runtime as rt;

/// Payload to create customer
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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
    CreateCustomerRequest { 0 id "id" required, 1 name "name" required, 2 primary_email
    "primaryEmail" required, 3 address "address" required, 4 settings "settings"
    optional, 5 account "account" optional, }
}

impl CreateCustomerRequest {
    /// Creates a `CreateCustomerRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        name: String,
        primary_email: String,
        address: crate::models::Address,
    ) -> Self {
        Self {
            id,
            name,
            primary_email,
            address,
            settings: None,
            account: None,
        }
    }
}
