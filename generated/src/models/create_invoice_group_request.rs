//! The `CreateInvoiceGroupRequest` model.

use togai_codegen_runtime as rt;

/// Create an invoice group
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    CreateInvoiceGroupRequest {
        0 name "name" required,
        1 email "email" required,
        2 daily_invoice_consolidation "dailyInvoiceConsolidation" required,
        3 account_ids "accountIds" required,
        4 net_term_days "netTermDays" optional,
        5 address "address" required,
    }
}
impl CreateInvoiceGroupRequest {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        name: impl Into<String>,
        email: impl Into<String>,
        daily_invoice_consolidation: impl Into<bool>,
        account_ids: impl Into<Vec<String>>,
        address: impl Into<crate::models::Address>,
    ) -> Self {
        Self {
            name: name.into(),
            email: email.into(),
            daily_invoice_consolidation: daily_invoice_consolidation.into(),
            account_ids: account_ids.into(),
            net_term_days: None,
            address: address.into(),
        }
    }

    /// Sets `net_term_days` (`netTermDays`); until set, it is left out.
    pub fn with_net_term_days(mut self, value: impl Into<i32>) -> Self {
        self.net_term_days = Some(value.into());
        self
    }
}
