//! The `InvoiceGroupPaginatedResponse` model.

use togai_codegen_runtime as rt;

/// The `InvoiceGroupPaginatedResponse` schema.
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct InvoiceGroupPaginatedResponse {
    /// `data`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<crate::models::InvoiceGroups>>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

rt::deserialize_struct! {
    InvoiceGroupPaginatedResponse { 0 data "data" optional, 1 next_token "nextToken"
    optional, }
}
