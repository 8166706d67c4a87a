//! The `EventPipelineInfoEventSchema` model.

use togai_codegen_runtime as rt;

/// The `EventPipelineInfoEventSchema` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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
