//! The `QueryFilter` model.

use togai_codegen_runtime as rt;

/// The `QueryFilter` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct QueryFilter {
    /// `column`
    pub column: crate::models::QueryColumn,
    /// `operator`
    pub operator: String,
    /// `args`
    pub args: Vec<String>,
}

rt::deserialize_struct! {
    QueryFilter { 0 column "column" required, 1 operator "operator" required, 2 args
    "args" required, }
}

impl QueryFilter {
    /// Creates a `QueryFilter` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(column: crate::models::QueryColumn, operator: String, args: Vec<String>) -> Self {
        Self {
            column,
            operator,
            args,
        }
    }
}
