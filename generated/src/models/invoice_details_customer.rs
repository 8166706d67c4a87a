//! The `InvoiceDetailsCustomer` model.
/// The `InvoiceDetailsCustomer` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvoiceDetailsCustomer {
    /// `name`
    pub name: String,
    /// `primaryEmail`
    #[serde(rename = "primaryEmail")]
    pub primary_email: String,
    /// `billingAddress`
    #[serde(
        rename = "billingAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub billing_address: Option<String>,
    /// `address`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<crate::models::Address>,
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
