//! The `UpdateInvoiceGroupAccounts` model.
/// Add accounts to an invoice group
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateInvoiceGroupAccounts {
    /// `accountIds`
    #[serde(rename = "accountIds")]
    pub account_ids: Vec<String>,
}
impl UpdateInvoiceGroupAccounts {
    /// Creates a `UpdateInvoiceGroupAccounts` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(account_ids: Vec<String>) -> Self {
        Self { account_ids }
    }
}
