//! The `DimensionsSchema` model.
/// Structure of dimensions
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DimensionsSchema {
    /// Name of the event dimension
    pub name: String,
}
impl DimensionsSchema {
    /// Creates a `DimensionsSchema` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(name: String) -> Self {
        Self { name }
    }
}
