//! The `RateCardPaginatedResponse` model.
/// Paginated response for rate card
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RateCardPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::RateCard>,
    /// `nextToken`
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}
impl RateCardPaginatedResponse {
    /// Creates a `RateCardPaginatedResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::RateCard>) -> Self {
        Self {
            data,
            next_token: None,
        }
    }
}
