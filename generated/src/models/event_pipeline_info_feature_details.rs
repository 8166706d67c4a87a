//! The `EventPipelineInfoFeatureDetails` model.

use togai_codegen_runtime as rt;

/// The `EventPipelineInfoFeatureDetails` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct EventPipelineInfoFeatureDetails {
    /// `featureId`
    #[serde(rename = "featureId")]
    pub feature_id: String,
    /// `mappedAttribute`
    #[serde(rename = "mappedAttribute")]
    pub mapped_attribute: String,
    /// `overageInCycle`
    #[serde(rename = "overageInCycle", skip_serializing_if = "Option::is_none")]
    pub overage_in_cycle: Option<f64>,
    /// `overageInEvent`
    #[serde(rename = "overageInEvent", skip_serializing_if = "Option::is_none")]
    pub overage_in_event: Option<f64>,
}

rt::deserialize_struct! {
    EventPipelineInfoFeatureDetails { 0 feature_id "featureId" required, 1
    mapped_attribute "mappedAttribute" required, 2 overage_in_cycle "overageInCycle"
    optional, 3 overage_in_event "overageInEvent" optional, }
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
