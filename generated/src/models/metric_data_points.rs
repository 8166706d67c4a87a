//! The `MetricDataPoints` model.
/// The `MetricDataPoints` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct MetricDataPoints {
    /// `groupedBy`
    #[serde(rename = "groupedBy", skip_serializing_if = "Option::is_none")]
    pub grouped_by: Option<crate::models::MetricDataPointsGroupedBy>,
    /// `timestamps`
    pub timestamps: Vec<chrono::DateTime<chrono::Utc>>,
    /// `metricValues`
    #[serde(rename = "metricValues")]
    pub metric_values: Vec<f64>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for MetricDataPoints {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["groupedBy", "timestamps", "metricValues"];
        struct MetricDataPointsVisitor;
        impl<'de> serde::de::Visitor<'de> for MetricDataPointsVisitor {
            type Value = MetricDataPoints;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct MetricDataPoints")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<MetricDataPoints, A::Error> {
                let mut f0: Option<Option<crate::models::MetricDataPointsGroupedBy>> = None;
                let mut f1: Option<Vec<chrono::DateTime<chrono::Utc>>> = None;
                let mut f2: Option<Vec<f64>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "groupedBy"),
                        1 => crate::runtime::field(&mut map, &mut f1, "timestamps"),
                        2 => crate::runtime::field(&mut map, &mut f2, "metricValues"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(MetricDataPoints {
                    grouped_by: f0.unwrap_or_default(),
                    timestamps: crate::runtime::required(f1, "timestamps")?,
                    metric_values: crate::runtime::required(f2, "metricValues")?,
                })
            }
        }
        deserializer.deserialize_struct("MetricDataPoints", FIELDS, MetricDataPointsVisitor)
    }
}
impl MetricDataPoints {
    /// Creates a `MetricDataPoints` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(timestamps: Vec<chrono::DateTime<chrono::Utc>>, metric_values: Vec<f64>) -> Self {
        Self {
            grouped_by: None,
            timestamps,
            metric_values,
        }
    }
}
