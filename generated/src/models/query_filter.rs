//! The `QueryFilter` model.
/// The `QueryFilter` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct QueryFilter {
    /// `column`
    pub column: crate::models::QueryColumn,
    /// `operator`
    pub operator: String,
    /// `args`
    pub args: Vec<String>,
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
