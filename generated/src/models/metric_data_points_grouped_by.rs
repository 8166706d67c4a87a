//! The `MetricDataPointsGroupedBy` model.

use togai_codegen_runtime as rt;

/// The `MetricDataPointsGroupedBy` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct MetricDataPointsGroupedBy {
    /// `fieldName`
    #[serde(rename = "fieldName")]
    pub field_name: String,
    /// `fieldValue`
    #[serde(rename = "fieldValue")]
    pub field_value: String,
}

rt::deserialize_struct! {
    MetricDataPointsGroupedBy {
        0 field_name "fieldName" required,
        1 field_value "fieldValue" required,
    }
}
impl MetricDataPointsGroupedBy {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(field_name: impl Into<String>, field_value: impl Into<String>) -> Self {
        Self {
            field_name: field_name.into(),
            field_value: field_value.into(),
        }
    }
}
