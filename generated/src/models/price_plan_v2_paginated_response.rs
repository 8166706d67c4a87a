//! The `PricePlanV2PaginatedResponse` model.
/// Paginated response for price plan
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PricePlanV2PaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::PricePlanV2>,
    /// `nextToken`
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}
impl PricePlanV2PaginatedResponse {
    /// Creates a `PricePlanV2PaginatedResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::PricePlanV2>) -> Self {
        Self {
            data,
            next_token: None,
        }
    }
}
