//! The `QueryInputSortInner` model.
/// The `QueryInputSortInner` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct QueryInputSortInner {
    /// `column`
    pub column: crate::models::QueryColumn,
    /// `sortOrder`
    #[serde(rename = "sortOrder")]
    pub sort_order: String,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for QueryInputSortInner {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["column", "sortOrder"];
        struct QueryInputSortInnerVisitor;
        impl<'de> serde::de::Visitor<'de> for QueryInputSortInnerVisitor {
            type Value = QueryInputSortInner;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct QueryInputSortInner")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<QueryInputSortInner, A::Error> {
                let mut f0: Option<crate::models::QueryColumn> = None;
                let mut f1: Option<String> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "column"),
                        1 => crate::runtime::field(&mut map, &mut f1, "sortOrder"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(QueryInputSortInner {
                    column: crate::runtime::required(f0, "column")?,
                    sort_order: crate::runtime::required(f1, "sortOrder")?,
                })
            }
        }
        deserializer.deserialize_struct("QueryInputSortInner", FIELDS, QueryInputSortInnerVisitor)
    }
}
impl QueryInputSortInner {
    /// Creates a `QueryInputSortInner` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(column: crate::models::QueryColumn, sort_order: String) -> Self {
        Self { column, sort_order }
    }
}
