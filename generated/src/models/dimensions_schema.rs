//! The `DimensionsSchema` model.
use crate::runtime as rt;
/// Structure of dimensions
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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
