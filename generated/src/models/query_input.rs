//! The `QueryInput` model.

use togai_codegen_runtime as rt;

/// The `QueryInput` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct QueryInput {
    /// `selects`
    pub selects: Vec<crate::models::QueryColumn>,
    /// `queryFilters`
    #[serde(rename = "queryFilters", skip_serializing_if = "Option::is_none")]
    pub query_filters: Option<Vec<crate::models::QueryFilter>>,
    /// `baseDataSource`
    #[serde(rename = "baseDataSource")]
    pub base_data_source: String,
    /// `sort`
    pub sort: Vec<crate::models::QueryInputSortInner>,
    /// `seekValues`
    #[serde(rename = "seekValues", skip_serializing_if = "Option::is_none")]
    pub seek_values: Option<Vec<String>>,
    /// `limit`
    pub limit: i64,
}

rt::deserialize_struct! {
    QueryInput { 0 selects "selects" required, 1 query_filters "queryFilters" optional, 2
    base_data_source "baseDataSource" required, 3 sort "sort" required, 4 seek_values
    "seekValues" optional, 5 limit "limit" required, }
}

impl QueryInput {
    /// Creates a `QueryInput` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        selects: Vec<crate::models::QueryColumn>,
        base_data_source: String,
        sort: Vec<crate::models::QueryInputSortInner>,
        limit: i64,
    ) -> Self {
        Self {
            selects,
            query_filters: None,
            base_data_source,
            sort,
            seek_values: None,
            limit,
        }
    }
}
