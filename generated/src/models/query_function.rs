//! The `QueryFunction` model.

use togai_codegen_runtime as rt;

/// The `QueryFunction` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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
