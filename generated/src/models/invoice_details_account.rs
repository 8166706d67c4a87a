//! The `InvoiceDetailsAccount` model.

use togai_codegen_runtime as rt;

/// The `InvoiceDetailsAccount` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct InvoiceDetailsAccount {
    /// `name`
    pub name: String,
    /// `invoiceCurrency`
    #[serde(rename = "invoiceCurrency")]
    pub invoice_currency: String,
    /// `address`
    pub address: crate::models::Address,
    /// `primaryEmail`
    #[serde(rename = "primaryEmail")]
    pub primary_email: String,
}

rt::deserialize_struct! {
    InvoiceDetailsAccount { 0 name "name" required, 1 invoice_currency "invoiceCurrency"
    required, 2 address "address" required, 3 primary_email "primaryEmail" required, }
}

impl InvoiceDetailsAccount {
    /// Creates a `InvoiceDetailsAccount` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        name: String,
        invoice_currency: String,
        address: crate::models::Address,
        primary_email: String,
    ) -> Self {
        Self {
            name,
            invoice_currency,
            address,
            primary_email,
        }
    }
}
