//! The `QueryFilter` model.

use togai_codegen_runtime as rt;

/// The `QueryFilter` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct QueryFilter {
    /// `column`
    pub column: crate::models::QueryColumn,
    /// `operator`
    pub operator: String,
    /// `args`
    pub args: Vec<String>,
}

rt::deserialize_struct! {
    QueryFilter {
        0 column "column" required,
        1 operator "operator" required,
        2 args "args" required,
    }
}
impl QueryFilter {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        column: impl Into<crate::models::QueryColumn>,
        operator: impl Into<String>,
        args: impl Into<Vec<String>>,
    ) -> Self {
        Self {
            column: column.into(),
            operator: operator.into(),
            args: args.into(),
        }
    }
}
