//! The `InvoiceDetailsInvoiceGroup` model.

use togai_codegen_runtime as rt;

/// The `InvoiceDetailsInvoiceGroup` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    InvoiceDetailsInvoiceGroup {
        0 id "id" required,
        1 name "name" required,
        2 email "email" optional,
        3 daily_invoice_consolidation "dailyInvoiceConsolidation" required,
        4 invoice_currency "invoiceCurrency" required,
        5 address "address" required,
    }
}
impl InvoiceDetailsInvoiceGroup {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        daily_invoice_consolidation: impl Into<bool>,
        invoice_currency: impl Into<String>,
        address: impl Into<crate::models::Address>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            email: None,
            daily_invoice_consolidation: daily_invoice_consolidation.into(),
            invoice_currency: invoice_currency.into(),
            address: address.into(),
        }
    }

    /// Sets `email`; until set, it is left out.
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
}
