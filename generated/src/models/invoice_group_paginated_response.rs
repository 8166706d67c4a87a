//! The `InvoiceGroupPaginatedResponse` model.
/// The `InvoiceGroupPaginatedResponse` schema.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvoiceGroupPaginatedResponse {
    /// `data`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<crate::models::InvoiceGroups>>,
    /// `nextToken`
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}
