//! The `QueryFilter` model.
/// The `QueryFilter` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct QueryFilter {
    /// `column`
    pub column: crate::models::QueryColumn,
    /// `operator`
    pub operator: String,
    /// `args`
    pub args: Vec<String>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for QueryFilter {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["column", "operator", "args"];
        struct QueryFilterVisitor;
        impl<'de> serde::de::Visitor<'de> for QueryFilterVisitor {
            type Value = QueryFilter;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct QueryFilter")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<QueryFilter, A::Error> {
                let mut f0: Option<crate::models::QueryColumn> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<Vec<String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "column"),
                        1 => crate::runtime::field(&mut map, &mut f1, "operator"),
                        2 => crate::runtime::field(&mut map, &mut f2, "args"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(QueryFilter {
                    column: crate::runtime::required(f0, "column")?,
                    operator: crate::runtime::required(f1, "operator")?,
                    args: crate::runtime::required(f2, "args")?,
                })
            }
        }
        deserializer.deserialize_struct("QueryFilter", FIELDS, QueryFilterVisitor)
    }
}
impl QueryFilter {
    /// Creates a `QueryFilter` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(column: crate::models::QueryColumn, operator: String, args: Vec<String>) -> Self {
        Self {
            column,
            operator,
            args,
        }
    }
}
