//! The `EventPipelineInfoFeatureDetails` model.

use togai_codegen_runtime as rt;

/// The `EventPipelineInfoFeatureDetails` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    EventPipelineInfoFeatureDetails {
        0 feature_id "featureId" required,
        1 mapped_attribute "mappedAttribute" required,
        2 overage_in_cycle "overageInCycle" optional,
        3 overage_in_event "overageInEvent" optional,
    }
}
impl EventPipelineInfoFeatureDetails {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(feature_id: impl Into<String>, mapped_attribute: impl Into<String>) -> Self {
        Self {
            feature_id: feature_id.into(),
            mapped_attribute: mapped_attribute.into(),
            overage_in_cycle: None,
            overage_in_event: None,
        }
    }

    /// Sets `overage_in_cycle` (`overageInCycle`); until set, it is left out.
    pub fn with_overage_in_cycle(mut self, value: impl Into<f64>) -> Self {
        self.overage_in_cycle = Some(value.into());
        self
    }

    /// Sets `overage_in_event` (`overageInEvent`); until set, it is left out.
    pub fn with_overage_in_event(mut self, value: impl Into<f64>) -> Self {
        self.overage_in_event = Some(value.into());
        self
    }
}
