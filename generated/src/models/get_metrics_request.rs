//! The `GetMetricsRequest` model.
use crate::runtime as rt;
/// Request to get metrics from togai
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct GetMetricsRequest {
    /// Start date time of the query (inclusive)
    #[serde(rename = "startTime")]
    pub start_time: chrono::DateTime<chrono::Utc>,
    /// End date time of the query (exclusive)
    #[serde(rename = "endTime")]
    pub end_time: chrono::DateTime<chrono::Utc>,
    /// `metricQueries`
    #[serde(rename = "metricQueries")]
    pub metric_queries: Vec<crate::models::MetricQuery>,
}
rt::deserialize_struct! {
    GetMetricsRequest {
        0 start_time "startTime" required rt::datetime::Seed,
        1 end_time "endTime" required rt::datetime::Seed,
        2 metric_queries "metricQueries" required,
    }
}
impl GetMetricsRequest {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        start_time: impl Into<chrono::DateTime<chrono::Utc>>,
        end_time: impl Into<chrono::DateTime<chrono::Utc>>,
        metric_queries: impl Into<Vec<crate::models::MetricQuery>>,
    ) -> Self {
        Self {
            start_time: start_time.into(),
            end_time: end_time.into(),
            metric_queries: metric_queries.into(),
        }
    }
}
