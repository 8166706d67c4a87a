//! The `QueryFunction` model.
/// The `QueryFunction` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct QueryFunction {
    /// `name`
    pub name: String,
    /// `args`
    pub args: Vec<String>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for QueryFunction {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["name", "args"];
        struct QueryFunctionVisitor;
        impl<'de> serde::de::Visitor<'de> for QueryFunctionVisitor {
            type Value = QueryFunction;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct QueryFunction")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<QueryFunction, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<Vec<String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "name"),
                        1 => crate::runtime::field(&mut map, &mut f1, "args"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(QueryFunction {
                    name: crate::runtime::required(f0, "name")?,
                    args: crate::runtime::required(f1, "args")?,
                })
            }
        }
        deserializer.deserialize_struct("QueryFunction", FIELDS, QueryFunctionVisitor)
    }
}
impl QueryFunction {
    /// Creates a `QueryFunction` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(name: String, args: Vec<String>) -> Self {
        Self { name, args }
    }
}
