//! The `CreateCustomerResponse` model.

use togai_codegen_runtime as rt;

/// The `CreateCustomerResponse` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct CreateCustomerResponse {
    /// Identifier of customer
    pub id: String,
    /// Unique identifier of customer
    #[serde(rename = "togaiCustomerId")]
    pub togai_customer_id: String,
    /// Name of the Customer
    pub name: String,
    /// Primary email of the customer
    #[serde(rename = "primaryEmail")]
    pub primary_email: String,
    /// `billingAddress`
    #[serde(rename = "billingAddress", skip_serializing_if = "Option::is_none")]
    pub billing_address: Option<String>,
    /// `address`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<crate::models::Address>,
    /// `settings`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub settings: Option<Vec<crate::models::CreateEntitySetting>>,
    /// `account`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<crate::models::Account>,
}

rt::deserialize_struct! {
    CreateCustomerResponse { 0 id "id" required, 1 togai_customer_id "togaiCustomerId"
    required, 2 name "name" required, 3 primary_email "primaryEmail" required, 4
    billing_address "billingAddress" optional, 5 address "address" optional, 6 settings
    "settings" optional, 7 account "account" optional, }
}

impl CreateCustomerResponse {
    /// Creates a `CreateCustomerResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(id: String, togai_customer_id: String, name: String, primary_email: String) -> Self {
        Self {
            id,
            togai_customer_id,
            name,
            primary_email,
            billing_address: None,
            address: None,
            settings: None,
            account: None,
        }
    }
}
