//! The `GetMetricsResponse` model.
/// Response to GetMetrics Request
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetMetricsResponse {
    /// `results`
    pub results: Vec<crate::models::MetricQueryResponse>,
}
impl GetMetricsResponse {
    /// Creates a `GetMetricsResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(results: Vec<crate::models::MetricQueryResponse>) -> Self {
        Self { results }
    }
}
