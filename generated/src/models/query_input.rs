//! The `QueryInput` model.
/// The `QueryInput` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for QueryInput {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "selects",
            "queryFilters",
            "baseDataSource",
            "sort",
            "seekValues",
            "limit",
        ];
        struct QueryInputVisitor;
        impl<'de> serde::de::Visitor<'de> for QueryInputVisitor {
            type Value = QueryInput;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct QueryInput")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<QueryInput, A::Error> {
                let mut f0: Option<Vec<crate::models::QueryColumn>> = None;
                let mut f1: Option<Option<Vec<crate::models::QueryFilter>>> = None;
                let mut f2: Option<String> = None;
                let mut f3: Option<Vec<crate::models::QueryInputSortInner>> = None;
                let mut f4: Option<Option<Vec<String>>> = None;
                let mut f5: Option<i64> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "selects"),
                        1 => crate::runtime::field(&mut map, &mut f1, "queryFilters"),
                        2 => crate::runtime::field(&mut map, &mut f2, "baseDataSource"),
                        3 => crate::runtime::field(&mut map, &mut f3, "sort"),
                        4 => crate::runtime::field(&mut map, &mut f4, "seekValues"),
                        5 => crate::runtime::field(&mut map, &mut f5, "limit"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(QueryInput {
                    selects: crate::runtime::required(f0, "selects")?,
                    query_filters: f1.unwrap_or_default(),
                    base_data_source: crate::runtime::required(f2, "baseDataSource")?,
                    sort: crate::runtime::required(f3, "sort")?,
                    seek_values: f4.unwrap_or_default(),
                    limit: crate::runtime::required(f5, "limit")?,
                })
            }
        }
        deserializer.deserialize_struct("QueryInput", FIELDS, QueryInputVisitor)
    }
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
