//! The `MetricDataPoints` model.

use togai_codegen_runtime as rt;

/// The `MetricDataPoints` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    MetricDataPoints {
        0 grouped_by "groupedBy" optional,
        1 timestamps "timestamps" required,
        2 metric_values "metricValues" required,
    }
}
impl MetricDataPoints {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        timestamps: impl Into<Vec<rt::chrono::DateTime<rt::chrono::Utc>>>,
        metric_values: impl Into<Vec<f64>>,
    ) -> Self {
        Self {
            grouped_by: None,
            timestamps: timestamps.into(),
            metric_values: metric_values.into(),
        }
    }

    /// Sets `grouped_by` (`groupedBy`); until set, it is left out.
    pub fn with_grouped_by(
        mut self,
        value: impl Into<crate::models::MetricDataPointsGroupedBy>,
    ) -> Self {
        self.grouped_by = Some(value.into());
        self
    }
}
