//! The `InvoiceDetailsCustomer` model.

use togai_codegen_runtime as rt;

/// The `InvoiceDetailsCustomer` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    InvoiceDetailsCustomer {
        0 name "name" required,
        1 primary_email "primaryEmail" required,
        2 billing_address "billingAddress" optional,
        3 address "address" optional,
    }
}
impl InvoiceDetailsCustomer {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(name: impl Into<String>, primary_email: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            primary_email: primary_email.into(),
            billing_address: None,
            address: None,
        }
    }

    /// Sets `billing_address` (`billingAddress`); until set, it is left out.
    pub fn with_billing_address(mut self, value: impl Into<String>) -> Self {
        self.billing_address = Some(value.into());
        self
    }

    /// Sets `address`; until set, it is left out.
    pub fn with_address(mut self, value: impl Into<crate::models::Address>) -> Self {
        self.address = Some(value.into());
        self
    }
}
