//! The `QueryInput` model.

use togai_codegen_runtime as rt;

/// The `QueryInput` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    QueryInput {
        0 selects "selects" required,
        1 query_filters "queryFilters" optional,
        2 base_data_source "baseDataSource" required,
        3 sort "sort" required,
        4 seek_values "seekValues" optional,
        5 limit "limit" required,
    }
}
impl QueryInput {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        selects: impl Into<Vec<crate::models::QueryColumn>>,
        base_data_source: impl Into<String>,
        sort: impl Into<Vec<crate::models::QueryInputSortInner>>,
        limit: impl Into<i64>,
    ) -> Self {
        Self {
            selects: selects.into(),
            query_filters: None,
            base_data_source: base_data_source.into(),
            sort: sort.into(),
            seek_values: None,
            limit: limit.into(),
        }
    }

    /// Sets `query_filters` (`queryFilters`); until set, it is left out.
    pub fn with_query_filters(mut self, value: impl Into<Vec<crate::models::QueryFilter>>) -> Self {
        self.query_filters = Some(value.into());
        self
    }

    /// Sets `seek_values` (`seekValues`); until set, it is left out.
    pub fn with_seek_values(mut self, value: impl Into<Vec<String>>) -> Self {
        self.seek_values = Some(value.into());
        self
    }
}
