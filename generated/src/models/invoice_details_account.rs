//! The `InvoiceDetailsAccount` model.

use togai_codegen_runtime as rt;

/// The `InvoiceDetailsAccount` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    InvoiceDetailsAccount {
        0 name "name" required,
        1 invoice_currency "invoiceCurrency" required,
        2 address "address" required,
        3 primary_email "primaryEmail" required,
    }
}
impl InvoiceDetailsAccount {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        name: impl Into<String>,
        invoice_currency: impl Into<String>,
        address: impl Into<crate::models::Address>,
        primary_email: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            invoice_currency: invoice_currency.into(),
            address: address.into(),
            primary_email: primary_email.into(),
        }
    }
}
