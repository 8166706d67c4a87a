//! The `EventPipelineInfoAccount` model.

use togai_codegen_runtime as rt;

/// The `EventPipelineInfoAccount` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct EventPipelineInfoAccount {
    /// `id`
    pub id: String,
    /// `name`
    pub name: String,
    /// `alias`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
}

rt::deserialize_struct! {
    EventPipelineInfoAccount { 0 id "id" required, 1 name "name" required, 2 alias
    "alias" optional, }
}

impl EventPipelineInfoAccount {
    /// Creates a `EventPipelineInfoAccount` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(id: String, name: String) -> Self {
        Self {
            id,
            name,
            alias: None,
        }
    }
}
