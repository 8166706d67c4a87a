//! The `QueryColumn` model.
/// The `QueryColumn` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct QueryColumn {
    /// `dataSource`
    #[serde(
        rename = "dataSource",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub data_source: Option<String>,
    /// `columnName`
    #[serde(rename = "columnName")]
    pub column_name: String,
    /// `alias`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    /// `functions`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub functions: Option<Vec<crate::models::QueryFunction>>,
    /// `aggregator`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aggregator: Option<String>,
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
