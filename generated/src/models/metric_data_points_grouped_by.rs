//! The `MetricDataPointsGroupedBy` model.
/// The `MetricDataPointsGroupedBy` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MetricDataPointsGroupedBy {
    /// `fieldName`
    #[serde(rename = "fieldName")]
    pub field_name: String,
    /// `fieldValue`
    #[serde(rename = "fieldValue")]
    pub field_value: String,
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
