//! The `BulkRateCardOperationsResponse` model.

use togai_codegen_runtime as rt;

/// Bulk rate card operations response
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct BulkRateCardOperationsResponse {
    /// `rateCards`
    #[serde(rename = "rateCards")]
    pub rate_cards: Vec<crate::models::RateCard>,
}

rt::deserialize_struct! {
    BulkRateCardOperationsResponse { 0 rate_cards "rateCards" required, }
}

impl BulkRateCardOperationsResponse {
    /// Creates a `BulkRateCardOperationsResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(rate_cards: Vec<crate::models::RateCard>) -> Self {
        Self { rate_cards }
    }
}
