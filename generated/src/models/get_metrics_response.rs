//! The `GetMetricsResponse` model.

use togai_codegen_runtime as rt;

/// Response to GetMetrics Request
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct GetMetricsResponse {
    /// `results`
    pub results: Vec<crate::models::MetricQueryResponse>,
}

rt::deserialize_struct! {
    GetMetricsResponse { 0 results "results" required, }
}

impl GetMetricsResponse {
    /// Creates a `GetMetricsResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(results: Vec<crate::models::MetricQueryResponse>) -> Self {
        Self { results }
    }
}
