//! The `MetricDataPointsGroupedBy` model.

use togai_codegen_runtime as rt;

/// The `MetricDataPointsGroupedBy` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct MetricDataPointsGroupedBy {
    /// `fieldName`
    #[serde(rename = "fieldName")]
    pub field_name: String,
    /// `fieldValue`
    #[serde(rename = "fieldValue")]
    pub field_value: String,
}

rt::deserialize_struct! {
    MetricDataPointsGroupedBy { 0 field_name "fieldName" required, 1 field_value
    "fieldValue" required, }
}

impl MetricDataPointsGroupedBy {
    /// Creates a `MetricDataPointsGroupedBy` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(field_name: String, field_value: String) -> Self {
        Self {
            field_name,
            field_value,
        }
    }
}
