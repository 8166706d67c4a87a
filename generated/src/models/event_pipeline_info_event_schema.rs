//! The `EventPipelineInfoEventSchema` model.
/// The `EventPipelineInfoEventSchema` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EventPipelineInfoEventSchema {
    /// `name`
    pub name: String,
    /// `version`
    pub version: i32,
}
impl EventPipelineInfoEventSchema {
    /// Creates a `EventPipelineInfoEventSchema` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(name: String, version: i32) -> Self {
        Self { name, version }
    }
}
