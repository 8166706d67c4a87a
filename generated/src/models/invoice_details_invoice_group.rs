//! The `InvoiceDetailsInvoiceGroup` model.

use togai_codegen_runtime as rt;

/// The `InvoiceDetailsInvoiceGroup` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct InvoiceDetailsInvoiceGroup {
    /// `id`
    pub id: String,
    /// `name`
    pub name: String,
    /// `email`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `dailyInvoiceConsolidation`
    #[serde(rename = "dailyInvoiceConsolidation")]
    pub daily_invoice_consolidation: bool,
    /// `invoiceCurrency`
    #[serde(rename = "invoiceCurrency")]
    pub invoice_currency: String,
    /// `address`
    pub address: crate::models::Address,
}

rt::deserialize_struct! {
    InvoiceDetailsInvoiceGroup { 0 id "id" required, 1 name "name" required, 2 email
    "email" optional, 3 daily_invoice_consolidation "dailyInvoiceConsolidation" required,
    4 invoice_currency "invoiceCurrency" required, 5 address "address" required, }
}

impl InvoiceDetailsInvoiceGroup {
    /// Creates a `InvoiceDetailsInvoiceGroup` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        name: String,
        daily_invoice_consolidation: bool,
        invoice_currency: String,
        address: crate::models::Address,
    ) -> Self {
        Self {
            id,
            name,
            email: None,
            daily_invoice_consolidation,
            invoice_currency,
            address,
        }
    }
}
