//! The `EventPipelineInfoEnrichments` model.

use togai_codegen_runtime as rt;

/// The `EventPipelineInfoEnrichments` schema.
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    EventPipelineInfoEnrichments {
        0 attributes "attributes" optional,
        1 dimensions "dimensions" optional,
        2 dependencies "dependencies" optional,
    }
}
impl EventPipelineInfoEnrichments {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `attributes`; until set, it is left out.
    pub fn with_attributes(mut self, value: impl Into<Vec<crate::models::EnrichedField>>) -> Self {
        self.attributes = Some(value.into());
        self
    }

    /// Sets `dimensions`; until set, it is left out.
    pub fn with_dimensions(mut self, value: impl Into<Vec<crate::models::EnrichedField>>) -> Self {
        self.dimensions = Some(value.into());
        self
    }

    /// Sets `dependencies`; until set, it is left out.
    pub fn with_dependencies(
        mut self,
        value: impl Into<Vec<crate::models::EnrichmentDependency>>,
    ) -> Self {
        self.dependencies = Some(value.into());
        self
    }
}
