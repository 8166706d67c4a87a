//! The `EventPipelineInfoEventSchema` model.

use togai_codegen_runtime as rt;

/// The `EventPipelineInfoEventSchema` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct EventPipelineInfoEventSchema {
    /// `name`
    pub name: String,
    /// `version`
    pub version: i32,
}

rt::deserialize_struct! {
    EventPipelineInfoEventSchema {
        0 name "name" required,
        1 version "version" required,
    }
}
impl EventPipelineInfoEventSchema {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(name: impl Into<String>, version: impl Into<i32>) -> Self {
        Self {
            name: name.into(),
            version: version.into(),
        }
    }
}
