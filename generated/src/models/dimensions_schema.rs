//! The `DimensionsSchema` model.

use togai_codegen_runtime as rt;

/// Structure of dimensions
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct DimensionsSchema {
    /// Name of the event dimension
    pub name: String,
}

rt::deserialize_struct! {
    DimensionsSchema { 0 name "name" required, }
}

impl DimensionsSchema {
    /// Creates a `DimensionsSchema` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(name: String) -> Self {
        Self { name }
    }
}
