//! The `GetMetricsRequest` model.

use togai_codegen_runtime as rt;

/// Request to get metrics from togai
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct GetMetricsRequest {
    /// Start date time of the query (inclusive)
    #[serde(rename = "startTime")]
    pub start_time: rt::chrono::DateTime<rt::chrono::Utc>,
    /// End date time of the query (exclusive)
    #[serde(rename = "endTime")]
    pub end_time: rt::chrono::DateTime<rt::chrono::Utc>,
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
        start_time: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        end_time: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        metric_queries: impl Into<Vec<crate::models::MetricQuery>>,
    ) -> Self {
        Self {
            start_time: start_time.into(),
            end_time: end_time.into(),
            metric_queries: metric_queries.into(),
        }
    }
}
