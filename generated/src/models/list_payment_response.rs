//! The `ListPaymentResponse` model.
/// List payments response
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListPaymentResponse {
    /// `data`
    pub data: Vec<crate::models::Payment>,
    /// `nextToken`
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}
impl ListPaymentResponse {
    /// Creates a `ListPaymentResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::Payment>) -> Self {
        Self {
            data,
            next_token: None,
        }
    }
}
