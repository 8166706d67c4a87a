//! The `InvoiceDetailsCustomer` model.

use togai_codegen_runtime as rt;

/// The `InvoiceDetailsCustomer` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct InvoiceDetailsCustomer {
    /// `name`
    pub name: String,
    /// `primaryEmail`
    #[serde(rename = "primaryEmail")]
    pub primary_email: String,
    /// `billingAddress`
    #[serde(rename = "billingAddress", skip_serializing_if = "Option::is_none")]
    pub billing_address: Option<String>,
    /// `address`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<crate::models::Address>,
}

rt::deserialize_struct! {
    InvoiceDetailsCustomer { 0 name "name" required, 1 primary_email "primaryEmail"
    required, 2 billing_address "billingAddress" optional, 3 address "address" optional,
    }
}

impl InvoiceDetailsCustomer {
    /// Creates a `InvoiceDetailsCustomer` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(name: String, primary_email: String) -> Self {
        Self {
            name,
            primary_email,
            billing_address: None,
            address: None,
        }
    }
}
