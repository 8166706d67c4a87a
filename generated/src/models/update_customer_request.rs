//! The `UpdateCustomerRequest` model.

use togai_codegen_runtime as rt;

/// Payload to update customer
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct UpdateCustomerRequest {
    /// Name of the Customer
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Primary email of the customer
    #[serde(rename = "primaryEmail", skip_serializing_if = "Option::is_none")]
    pub primary_email: Option<String>,
    /// `address`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<crate::models::Address>,
}

rt::deserialize_struct! {
    UpdateCustomerRequest { 0 name "name" optional, 1 primary_email "primaryEmail"
    optional, 2 address "address" optional, }
}
