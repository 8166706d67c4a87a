//! The `MetricQueryResponse` model.

use togai_codegen_runtime as rt;

/// Response to GetMetrics Request
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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

rt::deserialize_struct! {
    MetricQueryResponse {
        0 id "id" required,
        1 name "name" required,
        2 data "data" required,
    }
}
impl MetricQueryResponse {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<crate::models::MetricName>,
        data: impl Into<Vec<crate::models::MetricDataPoints>>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            data: data.into(),
        }
    }
}
