//! The `QueryColumn` model.
/// The `QueryColumn` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for QueryColumn {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "dataSource",
            "columnName",
            "alias",
            "functions",
            "aggregator",
        ];
        struct QueryColumnVisitor;
        impl<'de> serde::de::Visitor<'de> for QueryColumnVisitor {
            type Value = QueryColumn;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct QueryColumn")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<QueryColumn, A::Error> {
                let mut f0: Option<Option<String>> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<Option<String>> = None;
                let mut f3: Option<Option<Vec<crate::models::QueryFunction>>> = None;
                let mut f4: Option<Option<String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "dataSource"),
                        1 => crate::runtime::field(&mut map, &mut f1, "columnName"),
                        2 => crate::runtime::field(&mut map, &mut f2, "alias"),
                        3 => crate::runtime::field(&mut map, &mut f3, "functions"),
                        4 => crate::runtime::field(&mut map, &mut f4, "aggregator"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(QueryColumn {
                    data_source: f0.unwrap_or_default(),
                    column_name: crate::runtime::required(f1, "columnName")?,
                    alias: f2.unwrap_or_default(),
                    functions: f3.unwrap_or_default(),
                    aggregator: f4.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("QueryColumn", FIELDS, QueryColumnVisitor)
    }
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
