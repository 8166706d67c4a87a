//! The `EventSource` model.

use togai_codegen_runtime as rt;

/// Source of ingestion of event
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct EventSource {
    /// Unique identifier representing the source
    pub id: String,
    /// Type of source
    pub r#type: String,
}

rt::deserialize_struct! {
    EventSource { 0 id "id" required, 1 r#type "type" required, }
}

impl EventSource {
    /// Creates a `EventSource` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(id: String, r#type: String) -> Self {
        Self { id, r#type }
    }
}
