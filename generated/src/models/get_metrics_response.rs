//! The `GetMetricsResponse` model.
/// Response to GetMetrics Request
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct GetMetricsResponse {
    /// `results`
    pub results: Vec<crate::models::MetricQueryResponse>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for GetMetricsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["results"];
        struct GetMetricsResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for GetMetricsResponseVisitor {
            type Value = GetMetricsResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct GetMetricsResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<GetMetricsResponse, A::Error> {
                let mut f0: Option<Vec<crate::models::MetricQueryResponse>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "results"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(GetMetricsResponse {
                    results: crate::runtime::required(f0, "results")?,
                })
            }
        }
        deserializer.deserialize_struct("GetMetricsResponse", FIELDS, GetMetricsResponseVisitor)
    }
}
impl GetMetricsResponse {
    /// Creates a `GetMetricsResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(results: Vec<crate::models::MetricQueryResponse>) -> Self {
        Self { results }
    }
}
