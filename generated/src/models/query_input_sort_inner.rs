//! The `QueryInputSortInner` model.
/// The `QueryInputSortInner` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct QueryInputSortInner {
    /// `column`
    pub column: crate::models::QueryColumn,
    /// `sortOrder`
    #[serde(rename = "sortOrder")]
    pub sort_order: String,
}
impl QueryInputSortInner {
    /// Creates a `QueryInputSortInner` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(column: crate::models::QueryColumn, sort_order: String) -> Self {
        Self { column, sort_order }
    }
}
