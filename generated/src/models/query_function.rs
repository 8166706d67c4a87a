//! The `QueryFunction` model.
use crate::runtime as rt;
/// The `QueryFunction` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct QueryFunction {
    /// `name`
    pub name: String,
    /// `args`
    pub args: Vec<String>,
}
rt::deserialize_struct! {
    QueryFunction { 0 name "name" required, 1 args "args" required, }
}
impl QueryFunction {
    /// Creates a `QueryFunction` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(name: String, args: Vec<String>) -> Self {
        Self { name, args }
    }
}
