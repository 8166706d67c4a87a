//! The `QueryInputSortInner` model.

use togai_codegen_runtime as rt;

/// The `QueryInputSortInner` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct QueryInputSortInner {
    /// `column`
    pub column: crate::models::QueryColumn,
    /// `sortOrder`
    #[serde(rename = "sortOrder")]
    pub sort_order: String,
}

rt::deserialize_struct! {
    QueryInputSortInner { 0 column "column" required, 1 sort_order "sortOrder" required,
    }
}

impl QueryInputSortInner {
    /// Creates a `QueryInputSortInner` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(column: crate::models::QueryColumn, sort_order: String) -> Self {
        Self { column, sort_order }
    }
}
