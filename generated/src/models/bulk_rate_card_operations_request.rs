//! The `BulkRateCardOperationsRequest` model.

use togai_codegen_runtime as rt;

/// Bulk rate card operations for price plan
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct BulkRateCardOperationsRequest {
    /// `operations`
    pub operations: Vec<crate::models::RateCardOperation>,
}

rt::deserialize_struct! {
    BulkRateCardOperationsRequest { 0 operations "operations" required, }
}

impl BulkRateCardOperationsRequest {
    /// Creates a `BulkRateCardOperationsRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(operations: Vec<crate::models::RateCardOperation>) -> Self {
        Self { operations }
    }
}
