//! The `ListInvoicesResponse` model.

use togai_codegen_runtime as rt;

/// List invoices response
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct ListInvoicesResponse {
    /// `data`
    pub data: Vec<crate::models::InvoiceSummary>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

rt::deserialize_struct! {
    ListInvoicesResponse { 0 data "data" required, 1 next_token "nextToken" optional, }
}

impl ListInvoicesResponse {
    /// Creates a `ListInvoicesResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::InvoiceSummary>) -> Self {
        Self {
            data,
            next_token: None,
        }
    }
}
