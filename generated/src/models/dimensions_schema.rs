//! The `DimensionsSchema` model.
use crate::runtime as rt;
/// Structure of dimensions
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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
