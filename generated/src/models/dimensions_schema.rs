//! The `DimensionsSchema` model.

use togai_codegen_runtime as rt;

/// Structure of dimensions
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct DimensionsSchema {
    /// Name of the event dimension
    pub name: String,
}

rt::deserialize_struct! {
    DimensionsSchema {
        0 name "name" required,
    }
}
impl DimensionsSchema {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(name: impl Into<String>) -> Self {
        Self { name: name.into() }
    }
}
