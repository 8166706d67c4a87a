//! The `ProrationConfigCustomConfig` model.
/// Custom proration config, this will be considered if mode is CUSTOM
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ProrationConfigCustomConfig {
    /// `cycleStartDate`
    #[serde(rename = "cycleStartDate")]
    pub cycle_start_date: chrono::DateTime<chrono::Utc>,
    /// `cycleEndDate`
    #[serde(rename = "cycleEndDate")]
    pub cycle_end_date: chrono::DateTime<chrono::Utc>,
    /// `currentDate`
    #[serde(rename = "currentDate")]
    pub current_date: chrono::DateTime<chrono::Utc>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for ProrationConfigCustomConfig {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["cycleStartDate", "cycleEndDate", "currentDate"];
        struct ProrationConfigCustomConfigVisitor;
        impl<'de> serde::de::Visitor<'de> for ProrationConfigCustomConfigVisitor {
            type Value = ProrationConfigCustomConfig;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct ProrationConfigCustomConfig")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<ProrationConfigCustomConfig, A::Error> {
                let mut f0: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f1: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f2: Option<chrono::DateTime<chrono::Utc>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field_seed(
                            &mut map,
                            &mut f0,
                            "cycleStartDate",
                            crate::runtime::datetime::Seed,
                        ),
                        1 => crate::runtime::field_seed(
                            &mut map,
                            &mut f1,
                            "cycleEndDate",
                            crate::runtime::datetime::Seed,
                        ),
                        2 => crate::runtime::field_seed(
                            &mut map,
                            &mut f2,
                            "currentDate",
                            crate::runtime::datetime::Seed,
                        ),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(ProrationConfigCustomConfig {
                    cycle_start_date: crate::runtime::required(f0, "cycleStartDate")?,
                    cycle_end_date: crate::runtime::required(f1, "cycleEndDate")?,
                    current_date: crate::runtime::required(f2, "currentDate")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "ProrationConfigCustomConfig",
            FIELDS,
            ProrationConfigCustomConfigVisitor,
        )
    }
}
impl ProrationConfigCustomConfig {
    /// Creates a `ProrationConfigCustomConfig` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        cycle_start_date: chrono::DateTime<chrono::Utc>,
        cycle_end_date: chrono::DateTime<chrono::Utc>,
        current_date: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Self {
            cycle_start_date,
            cycle_end_date,
            current_date,
        }
    }
}
