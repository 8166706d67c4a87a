//! The `EventPipelineInfoEventSchema` model.
use crate::runtime as rt;
/// The `EventPipelineInfoEventSchema` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EventPipelineInfoEventSchema {
    /// `name`
    pub name: String,
    /// `version`
    pub version: i32,
}
rt::deserialize_struct! {
    EventPipelineInfoEventSchema { 0 name "name" required, 1 version "version" required,
    }
}
impl EventPipelineInfoEventSchema {
    /// Creates a `EventPipelineInfoEventSchema` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(name: String, version: i32) -> Self {
        Self { name, version }
    }
}
