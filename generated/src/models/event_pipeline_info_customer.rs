//! The `EventPipelineInfoCustomer` model.

use togai_codegen_runtime as rt;

/// The `EventPipelineInfoCustomer` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct EventPipelineInfoCustomer {
    /// `id`
    pub id: String,
    /// `name`
    pub name: String,
}

rt::deserialize_struct! {
    EventPipelineInfoCustomer { 0 id "id" required, 1 name "name" required, }
}

impl EventPipelineInfoCustomer {
    /// Creates a `EventPipelineInfoCustomer` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(id: String, name: String) -> Self {
        Self { id, name }
    }
}
