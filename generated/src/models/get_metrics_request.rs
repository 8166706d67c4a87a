//! The `GetMetricsRequest` model.
/// Request to get metrics from togai
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct GetMetricsRequest {
    /// Start date time of the query (inclusive)
    #[serde(rename = "startTime")]
    pub start_time: chrono::DateTime<chrono::Utc>,
    /// End date time of the query (exclusive)
    #[serde(rename = "endTime")]
    pub end_time: chrono::DateTime<chrono::Utc>,
    /// `metricQueries`
    #[serde(rename = "metricQueries")]
    pub metric_queries: Vec<crate::models::MetricQuery>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for GetMetricsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["startTime", "endTime", "metricQueries"];
        struct GetMetricsRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for GetMetricsRequestVisitor {
            type Value = GetMetricsRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct GetMetricsRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<GetMetricsRequest, A::Error> {
                let mut f0: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f1: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f2: Option<Vec<crate::models::MetricQuery>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field_seed(
                            &mut map,
                            &mut f0,
                            "startTime",
                            crate::runtime::datetime::Seed,
                        ),
                        1 => crate::runtime::field_seed(
                            &mut map,
                            &mut f1,
                            "endTime",
                            crate::runtime::datetime::Seed,
                        ),
                        2 => crate::runtime::field(&mut map, &mut f2, "metricQueries"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(GetMetricsRequest {
                    start_time: crate::runtime::required(f0, "startTime")?,
                    end_time: crate::runtime::required(f1, "endTime")?,
                    metric_queries: crate::runtime::required(f2, "metricQueries")?,
                })
            }
        }
        deserializer.deserialize_struct("GetMetricsRequest", FIELDS, GetMetricsRequestVisitor)
    }
}
impl GetMetricsRequest {
    /// Creates a `GetMetricsRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        start_time: chrono::DateTime<chrono::Utc>,
        end_time: chrono::DateTime<chrono::Utc>,
        metric_queries: Vec<crate::models::MetricQuery>,
    ) -> Self {
        Self {
            start_time,
            end_time,
            metric_queries,
        }
    }
}
