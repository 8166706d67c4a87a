//! The `EventPipelineInfoAccount` model.

use togai_codegen_runtime as rt;

/// The `EventPipelineInfoAccount` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    EventPipelineInfoAccount {
        0 id "id" required,
        1 name "name" required,
        2 alias "alias" optional,
    }
}
impl EventPipelineInfoAccount {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            alias: None,
        }
    }

    /// Sets `alias`; until set, it is left out.
    pub fn with_alias(mut self, value: impl Into<String>) -> Self {
        self.alias = Some(value.into());
        self
    }
}
