//! The `BulkRateCardOperationsRequest` model.
/// Bulk rate card operations for price plan
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BulkRateCardOperationsRequest {
    /// `operations`
    pub operations: Vec<crate::models::RateCardOperation>,
}
impl BulkRateCardOperationsRequest {
    /// Creates a `BulkRateCardOperationsRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(operations: Vec<crate::models::RateCardOperation>) -> Self {
        Self { operations }
    }
}
