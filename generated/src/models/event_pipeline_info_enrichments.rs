//! The `EventPipelineInfoEnrichments` model.
/// The `EventPipelineInfoEnrichments` schema.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EventPipelineInfoEnrichments {
    /// `attributes`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<crate::models::EnrichedField>>,
    /// `dimensions`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dimensions: Option<Vec<crate::models::EnrichedField>>,
    /// `dependencies`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dependencies: Option<Vec<crate::models::EnrichmentDependency>>,
}
