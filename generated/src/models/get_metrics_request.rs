//! The `GetMetricsRequest` model.
/// Request to get metrics from togai
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetMetricsRequest {
    /// Start date time of the query (inclusive)
    #[serde(
        rename = "startTime",
        deserialize_with = "crate::runtime::datetime::deserialize"
    )]
    pub start_time: chrono::DateTime<chrono::Utc>,
    /// End date time of the query (exclusive)
    #[serde(
        rename = "endTime",
        deserialize_with = "crate::runtime::datetime::deserialize"
    )]
    pub end_time: chrono::DateTime<chrono::Utc>,
    /// `metricQueries`
    #[serde(rename = "metricQueries")]
    pub metric_queries: Vec<crate::models::MetricQuery>,
}
impl GetMetricsRequest {
    /// Creates a `GetMetricsRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        start_time: chrono::DateTime<chrono::Utc>,
        end_time: chrono::DateTime<chrono::Utc>,
        metric_queries: Vec<crate::models::MetricQuery>,
    ) -> Self {
        Self {
            start_time,
            end_time,
            metric_queries,
        }
    }
}
