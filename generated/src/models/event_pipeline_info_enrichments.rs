//! The `EventPipelineInfoEnrichments` model.

use togai_codegen_runtime as rt;

/// The `EventPipelineInfoEnrichments` schema.
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct EventPipelineInfoEnrichments {
    /// `attributes`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<crate::models::EnrichedField>>,
    /// `dimensions`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dimensions: Option<Vec<crate::models::EnrichedField>>,
    /// `dependencies`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dependencies: Option<Vec<crate::models::EnrichmentDependency>>,
}

rt::deserialize_struct! {
    EventPipelineInfoEnrichments { 0 attributes "attributes" optional, 1 dimensions
    "dimensions" optional, 2 dependencies "dependencies" optional, }
}
