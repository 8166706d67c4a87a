//! The `EventSource` model.

use togai_codegen_runtime as rt;

/// Source of ingestion of event
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct EventSource {
    /// Unique identifier representing the source
    pub id: String,
    /// Type of source
    pub r#type: String,
}

rt::deserialize_struct! {
    EventSource {
        0 id "id" required,
        1 r#type "type" required,
    }
}
impl EventSource {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(id: impl Into<String>, r#type: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            r#type: r#type.into(),
        }
    }
}
