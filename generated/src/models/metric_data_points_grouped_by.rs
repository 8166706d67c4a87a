//! The `MetricDataPointsGroupedBy` model.
/// The `MetricDataPointsGroupedBy` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct MetricDataPointsGroupedBy {
    /// `fieldName`
    #[serde(rename = "fieldName")]
    pub field_name: String,
    /// `fieldValue`
    #[serde(rename = "fieldValue")]
    pub field_value: String,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for MetricDataPointsGroupedBy {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["fieldName", "fieldValue"];
        struct MetricDataPointsGroupedByVisitor;
        impl<'de> serde::de::Visitor<'de> for MetricDataPointsGroupedByVisitor {
            type Value = MetricDataPointsGroupedBy;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct MetricDataPointsGroupedBy")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<MetricDataPointsGroupedBy, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "fieldName"),
                        1 => crate::runtime::field(&mut map, &mut f1, "fieldValue"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(MetricDataPointsGroupedBy {
                    field_name: crate::runtime::required(f0, "fieldName")?,
                    field_value: crate::runtime::required(f1, "fieldValue")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "MetricDataPointsGroupedBy",
            FIELDS,
            MetricDataPointsGroupedByVisitor,
        )
    }
}
impl MetricDataPointsGroupedBy {
    /// Creates a `MetricDataPointsGroupedBy` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(field_name: String, field_value: String) -> Self {
        Self {
            field_name,
            field_value,
        }
    }
}
