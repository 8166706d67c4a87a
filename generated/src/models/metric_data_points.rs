//! The `MetricDataPoints` model.

use togai_codegen_runtime as rt;

/// The `MetricDataPoints` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct MetricDataPoints {
    /// `groupedBy`
    #[serde(rename = "groupedBy", skip_serializing_if = "Option::is_none")]
    pub grouped_by: Option<crate::models::MetricDataPointsGroupedBy>,
    /// `timestamps`
    pub timestamps: Vec<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// `metricValues`
    #[serde(rename = "metricValues")]
    pub metric_values: Vec<f64>,
}

rt::deserialize_struct! {
    MetricDataPoints { 0 grouped_by "groupedBy" optional, 1 timestamps "timestamps"
    required, 2 metric_values "metricValues" required, }
}

impl MetricDataPoints {
    /// Creates a `MetricDataPoints` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        timestamps: Vec<rt::chrono::DateTime<rt::chrono::Utc>>,
        metric_values: Vec<f64>,
    ) -> Self {
        Self {
            grouped_by: None,
            timestamps,
            metric_values,
        }
    }
}
