//! The `MetricQueryResponse` model.
/// Response to GetMetrics Request
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct MetricQueryResponse {
    /// `id`
    pub id: String,
    /// `name`
    ///
    /// Default: `"EVENTS"`
    pub name: crate::models::MetricName,
    /// `data`
    pub data: Vec<crate::models::MetricDataPoints>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for MetricQueryResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["id", "name", "data"];
        struct MetricQueryResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for MetricQueryResponseVisitor {
            type Value = MetricQueryResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct MetricQueryResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<MetricQueryResponse, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<crate::models::MetricName> = None;
                let mut f2: Option<Vec<crate::models::MetricDataPoints>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "name"),
                        2 => crate::runtime::field(&mut map, &mut f2, "data"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(MetricQueryResponse {
                    id: crate::runtime::required(f0, "id")?,
                    name: crate::runtime::required(f1, "name")?,
                    data: crate::runtime::required(f2, "data")?,
                })
            }
        }
        deserializer.deserialize_struct("MetricQueryResponse", FIELDS, MetricQueryResponseVisitor)
    }
}
impl MetricQueryResponse {
    /// Creates a `MetricQueryResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        name: crate::models::MetricName,
        data: Vec<crate::models::MetricDataPoints>,
    ) -> Self {
        Self { id, name, data }
    }
}
