//! The `QueryFilter` model.
use crate::runtime as rt;
/// The `QueryFilter` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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
