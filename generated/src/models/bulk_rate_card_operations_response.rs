//! The `BulkRateCardOperationsResponse` model.

use togai_codegen_runtime as rt;

/// Bulk rate card operations response
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct BulkRateCardOperationsResponse {
    /// `rateCards`
    #[serde(rename = "rateCards")]
    pub rate_cards: Vec<crate::models::RateCard>,
}

rt::deserialize_struct! {
    BulkRateCardOperationsResponse {
        0 rate_cards "rateCards" required,
    }
}
impl BulkRateCardOperationsResponse {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(rate_cards: impl Into<Vec<crate::models::RateCard>>) -> Self {
        Self {
            rate_cards: rate_cards.into(),
        }
    }
}
