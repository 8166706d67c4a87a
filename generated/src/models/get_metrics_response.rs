//! The `GetMetricsResponse` model.

use togai_codegen_runtime as rt;

/// Response to GetMetrics Request
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct GetMetricsResponse {
    /// `results`
    pub results: Vec<crate::models::MetricQueryResponse>,
}

rt::deserialize_struct! {
    GetMetricsResponse {
        0 results "results" required,
    }
}
impl GetMetricsResponse {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(results: impl Into<Vec<crate::models::MetricQueryResponse>>) -> Self {
        Self {
            results: results.into(),
        }
    }
}
