//! The `EventPipelineInfoFeatureDetails` model.
/// The `EventPipelineInfoFeatureDetails` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EventPipelineInfoFeatureDetails {
    /// `featureId`
    #[serde(rename = "featureId")]
    pub feature_id: String,
    /// `mappedAttribute`
    #[serde(rename = "mappedAttribute")]
    pub mapped_attribute: String,
    /// `overageInCycle`
    #[serde(
        rename = "overageInCycle",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub overage_in_cycle: Option<f64>,
    /// `overageInEvent`
    #[serde(
        rename = "overageInEvent",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub overage_in_event: Option<f64>,
}
impl EventPipelineInfoFeatureDetails {
    /// Creates a `EventPipelineInfoFeatureDetails` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(feature_id: String, mapped_attribute: String) -> Self {
        Self {
            feature_id,
            mapped_attribute,
            overage_in_cycle: None,
            overage_in_event: None,
        }
    }
}
