//! The `MetricQueryResponse` model.
/// Response to GetMetrics Request
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MetricQueryResponse {
    /// `id`
    pub id: String,
    /// `name`
    ///
    /// Default: `"EVENTS"`
    pub name: crate::models::MetricName,
    /// `data`
    pub data: Vec<crate::models::MetricDataPoints>,
}
impl MetricQueryResponse {
    /// Creates a `MetricQueryResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        name: crate::models::MetricName,
        data: Vec<crate::models::MetricDataPoints>,
    ) -> Self {
        Self { id, name, data }
    }
}
