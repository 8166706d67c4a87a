//! The `EventPipelineInfoEnrichments` model.
/// The `EventPipelineInfoEnrichments` schema.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
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
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for EventPipelineInfoEnrichments {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["attributes", "dimensions", "dependencies"];
        struct EventPipelineInfoEnrichmentsVisitor;
        impl<'de> serde::de::Visitor<'de> for EventPipelineInfoEnrichmentsVisitor {
            type Value = EventPipelineInfoEnrichments;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct EventPipelineInfoEnrichments")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<EventPipelineInfoEnrichments, A::Error> {
                let mut f0: Option<Option<Vec<crate::models::EnrichedField>>> = None;
                let mut f1: Option<Option<Vec<crate::models::EnrichedField>>> = None;
                let mut f2: Option<Option<Vec<crate::models::EnrichmentDependency>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "attributes"),
                        1 => crate::runtime::field(&mut map, &mut f1, "dimensions"),
                        2 => crate::runtime::field(&mut map, &mut f2, "dependencies"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(EventPipelineInfoEnrichments {
                    attributes: f0.unwrap_or_default(),
                    dimensions: f1.unwrap_or_default(),
                    dependencies: f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "EventPipelineInfoEnrichments",
            FIELDS,
            EventPipelineInfoEnrichmentsVisitor,
        )
    }
}
