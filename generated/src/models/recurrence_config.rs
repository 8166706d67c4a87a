//! The `RecurrenceConfig` model.
/// The `RecurrenceConfig` schema.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct RecurrenceConfig {
    /// Represents the number of pricing cycles after which the rate card will be charged
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval: Option<i64>,
    /// Represents the offset for pricing cycles after which the rate card will be charged
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for RecurrenceConfig {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["interval", "offset"];
        struct RecurrenceConfigVisitor;
        impl<'de> serde::de::Visitor<'de> for RecurrenceConfigVisitor {
            type Value = RecurrenceConfig;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct RecurrenceConfig")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<RecurrenceConfig, A::Error> {
                let mut f0: Option<Option<i64>> = None;
                let mut f1: Option<Option<i64>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "interval"),
                        1 => crate::runtime::field(&mut map, &mut f1, "offset"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(RecurrenceConfig {
                    interval: f0.unwrap_or_default(),
                    offset: f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("RecurrenceConfig", FIELDS, RecurrenceConfigVisitor)
    }
}
