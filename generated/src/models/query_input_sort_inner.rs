//! The `QueryInputSortInner` model.

use togai_codegen_runtime as rt;

/// The `QueryInputSortInner` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct QueryInputSortInner {
    /// `column`
    pub column: crate::models::QueryColumn,
    /// `sortOrder`
    #[serde(rename = "sortOrder")]
    pub sort_order: String,
}

rt::deserialize_struct! {
    QueryInputSortInner {
        0 column "column" required,
        1 sort_order "sortOrder" required,
    }
}
impl QueryInputSortInner {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        column: impl Into<crate::models::QueryColumn>,
        sort_order: impl Into<String>,
    ) -> Self {
        Self {
            column: column.into(),
            sort_order: sort_order.into(),
        }
    }
}
