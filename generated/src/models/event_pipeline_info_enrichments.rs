//! The `EventPipelineInfoEnrichments` model.
/// The `EventPipelineInfoEnrichments` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
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
impl EventPipelineInfoEnrichments {
    /// Creates a `EventPipelineInfoEnrichments` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new() -> Self {
        Self {
            attributes: None,
            dimensions: None,
            dependencies: None,
        }
    }
}
