//! The `QueryColumn` model.

use togai_codegen_runtime as rt;

/// The `QueryColumn` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct QueryColumn {
    /// `dataSource`
    #[serde(rename = "dataSource", skip_serializing_if = "Option::is_none")]
    pub data_source: Option<String>,
    /// `columnName`
    #[serde(rename = "columnName")]
    pub column_name: String,
    /// `alias`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    /// `functions`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub functions: Option<Vec<crate::models::QueryFunction>>,
    /// `aggregator`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aggregator: Option<String>,
}

rt::deserialize_struct! {
    QueryColumn { 0 data_source "dataSource" optional, 1 column_name "columnName"
    required, 2 alias "alias" optional, 3 functions "functions" optional, 4 aggregator
    "aggregator" optional, }
}

impl QueryColumn {
    /// Creates a `QueryColumn` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(column_name: String) -> Self {
        Self {
            data_source: None,
            column_name,
            alias: None,
            functions: None,
            aggregator: None,
        }
    }
}
