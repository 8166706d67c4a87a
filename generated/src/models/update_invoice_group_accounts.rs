//! The `UpdateInvoiceGroupAccounts` model.

use togai_codegen_runtime as rt;

/// Add accounts to an invoice group
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct UpdateInvoiceGroupAccounts {
    /// `accountIds`
    #[serde(rename = "accountIds")]
    pub account_ids: Vec<String>,
}

rt::deserialize_struct! {
    UpdateInvoiceGroupAccounts { 0 account_ids "accountIds" required, }
}

impl UpdateInvoiceGroupAccounts {
    /// Creates a `UpdateInvoiceGroupAccounts` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(account_ids: Vec<String>) -> Self {
        Self { account_ids }
    }
}
