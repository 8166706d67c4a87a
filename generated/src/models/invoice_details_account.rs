//! The `InvoiceDetailsAccount` model.
/// The `InvoiceDetailsAccount` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
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
