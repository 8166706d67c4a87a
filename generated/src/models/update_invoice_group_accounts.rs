//! The `UpdateInvoiceGroupAccounts` model.

use togai_codegen_runtime as rt;

/// Add accounts to an invoice group
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct UpdateInvoiceGroupAccounts {
    /// `accountIds`
    #[serde(rename = "accountIds")]
    pub account_ids: Vec<String>,
}

rt::deserialize_struct! {
    UpdateInvoiceGroupAccounts {
        0 account_ids "accountIds" required,
    }
}
impl UpdateInvoiceGroupAccounts {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(account_ids: impl Into<Vec<String>>) -> Self {
        Self {
            account_ids: account_ids.into(),
        }
    }
}
