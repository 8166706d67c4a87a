//! The `QueryColumn` model.

use togai_codegen_runtime as rt;

/// The `QueryColumn` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    QueryColumn {
        0 data_source "dataSource" optional,
        1 column_name "columnName" required,
        2 alias "alias" optional,
        3 functions "functions" optional,
        4 aggregator "aggregator" optional,
    }
}
impl QueryColumn {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(column_name: impl Into<String>) -> Self {
        Self {
            data_source: None,
            column_name: column_name.into(),
            alias: None,
            functions: None,
            aggregator: None,
        }
    }

    /// Sets `data_source` (`dataSource`); until set, it is left out.
    pub fn with_data_source(mut self, value: impl Into<String>) -> Self {
        self.data_source = Some(value.into());
        self
    }

    /// Sets `alias`; until set, it is left out.
    pub fn with_alias(mut self, value: impl Into<String>) -> Self {
        self.alias = Some(value.into());
        self
    }

    /// Sets `functions`; until set, it is left out.
    pub fn with_functions(mut self, value: impl Into<Vec<crate::models::QueryFunction>>) -> Self {
        self.functions = Some(value.into());
        self
    }

    /// Sets `aggregator`; until set, it is left out.
    pub fn with_aggregator(mut self, value: impl Into<String>) -> Self {
        self.aggregator = Some(value.into());
        self
    }
}
