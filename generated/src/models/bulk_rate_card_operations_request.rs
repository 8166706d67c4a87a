//! The `BulkRateCardOperationsRequest` model.

use togai_codegen_runtime as rt;

/// Bulk rate card operations for price plan
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct BulkRateCardOperationsRequest {
    /// `operations`
    pub operations: Vec<crate::models::RateCardOperation>,
}

rt::deserialize_struct! {
    BulkRateCardOperationsRequest {
        0 operations "operations" required,
    }
}
impl BulkRateCardOperationsRequest {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(operations: impl Into<Vec<crate::models::RateCardOperation>>) -> Self {
        Self {
            operations: operations.into(),
        }
    }
}
