//! The `QueryFunction` model.
/// The `QueryFunction` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct QueryFunction {
    /// `name`
    pub name: String,
    /// `args`
    pub args: Vec<String>,
}
impl QueryFunction {
    /// Creates a `QueryFunction` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(name: String, args: Vec<String>) -> Self {
        Self { name, args }
    }
}
