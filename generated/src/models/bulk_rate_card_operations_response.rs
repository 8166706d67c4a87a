//! The `BulkRateCardOperationsResponse` model.
/// Bulk rate card operations response
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BulkRateCardOperationsResponse {
    /// `rateCards`
    #[serde(rename = "rateCards")]
    pub rate_cards: Vec<crate::models::RateCard>,
}
impl BulkRateCardOperationsResponse {
    /// Creates a `BulkRateCardOperationsResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(rate_cards: Vec<crate::models::RateCard>) -> Self {
        Self { rate_cards }
    }
}
