//! The `MetricQueryResponse` model.

use togai_codegen_runtime as rt;

/// Response to GetMetrics Request
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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
    MetricQueryResponse { 0 id "id" required, 1 name "name" required, 2 data "data"
    required, }
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
