//! The `ListInvoicesResponse` model.
/// List invoices response
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListInvoicesResponse {
    /// `data`
    pub data: Vec<crate::models::InvoiceSummary>,
    /// `nextToken`
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
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
