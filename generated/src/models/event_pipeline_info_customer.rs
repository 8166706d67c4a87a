//! The `EventPipelineInfoCustomer` model.

use togai_codegen_runtime as rt;

/// The `EventPipelineInfoCustomer` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct EventPipelineInfoCustomer {
    /// `id`
    pub id: String,
    /// `name`
    pub name: String,
}

rt::deserialize_struct! {
    EventPipelineInfoCustomer {
        0 id "id" required,
        1 name "name" required,
    }
}
impl EventPipelineInfoCustomer {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
        }
    }
}
