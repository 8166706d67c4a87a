//! The `CreateInvoiceGroupRequest` model.

use togai_codegen_runtime as rt;

/// Create an invoice group
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct CreateInvoiceGroupRequest {
    /// `name`
    pub name: String,
    /// `email`
    pub email: String,
    /// `dailyInvoiceConsolidation`
    #[serde(rename = "dailyInvoiceConsolidation")]
    pub daily_invoice_consolidation: bool,
    /// `accountIds`
    #[serde(rename = "accountIds")]
    pub account_ids: Vec<String>,
    /// `netTermDays`
    #[serde(rename = "netTermDays", skip_serializing_if = "Option::is_none")]
    pub net_term_days: Option<i32>,
    /// `address`
    pub address: crate::models::Address,
}

rt::deserialize_struct! {
    CreateInvoiceGroupRequest { 0 name "name" required, 1 email "email" required, 2
    daily_invoice_consolidation "dailyInvoiceConsolidation" required, 3 account_ids
    "accountIds" required, 4 net_term_days "netTermDays" optional, 5 address "address"
    required, }
}

impl CreateInvoiceGroupRequest {
    /// Creates a `CreateInvoiceGroupRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        name: String,
        email: String,
        daily_invoice_consolidation: bool,
        account_ids: Vec<String>,
        address: crate::models::Address,
    ) -> Self {
        Self {
            name,
            email,
            daily_invoice_consolidation,
            account_ids,
            net_term_days: None,
            address,
        }
    }
}
