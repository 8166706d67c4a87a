//! The `QueryFunction` model.

use togai_codegen_runtime as rt;

/// The `QueryFunction` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct QueryFunction {
    /// `name`
    pub name: String,
    /// `args`
    pub args: Vec<String>,
}

rt::deserialize_struct! {
    QueryFunction {
        0 name "name" required,
        1 args "args" required,
    }
}
impl QueryFunction {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(name: impl Into<String>, args: impl Into<Vec<String>>) -> Self {
        Self {
            name: name.into(),
            args: args.into(),
        }
    }
}
