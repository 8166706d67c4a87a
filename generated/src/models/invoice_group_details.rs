//! The `InvoiceGroupDetails` model.

use togai_codegen_runtime as rt;

/// Invoice group details
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct InvoiceGroupDetails {
    /// `id`
    pub id: String,
    /// `name`
    pub name: String,
    /// `email`
    pub email: String,
    /// `dailyInvoiceConsolidation`
    #[serde(rename = "dailyInvoiceConsolidation")]
    pub daily_invoice_consolidation: bool,
    /// `netTermDays`
    #[serde(rename = "netTermDays", skip_serializing_if = "Option::is_none")]
    pub net_term_days: Option<i32>,
    /// `invoiceCurrency`
    #[serde(rename = "invoiceCurrency")]
    pub invoice_currency: String,
    /// `billingAddress`
    #[serde(rename = "billingAddress")]
    pub billing_address: crate::models::Address,
}

rt::deserialize_struct! {
    InvoiceGroupDetails { 0 id "id" required, 1 name "name" required, 2 email "email"
    required, 3 daily_invoice_consolidation "dailyInvoiceConsolidation" required, 4
    net_term_days "netTermDays" optional, 5 invoice_currency "invoiceCurrency" required,
    6 billing_address "billingAddress" required, }
}

impl InvoiceGroupDetails {
    /// Creates a `InvoiceGroupDetails` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        name: String,
        email: String,
        daily_invoice_consolidation: bool,
        invoice_currency: String,
        billing_address: crate::models::Address,
    ) -> Self {
        Self {
            id,
            name,
            email,
            daily_invoice_consolidation,
            net_term_days: None,
            invoice_currency,
            billing_address,
        }
    }
}
