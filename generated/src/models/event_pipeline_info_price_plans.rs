//! The `EventPipelineInfoPricePlans` model.
/// The `EventPipelineInfoPricePlans` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EventPipelineInfoPricePlans {
    /// `name`
    pub name: String,
    /// `id`
    pub id: String,
    /// `scheduleId`
    #[serde(rename = "scheduleId")]
    pub schedule_id: String,
    /// `cycleStart`
    #[serde(rename = "cycleStart")]
    pub cycle_start: chrono::NaiveDate,
    /// `cycleEnd`
    #[serde(rename = "cycleEnd")]
    pub cycle_end: chrono::NaiveDate,
    /// `usageMeters`
    #[serde(rename = "usageMeters", skip_serializing_if = "Option::is_none")]
    pub usage_meters: Option<Vec<String>>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for EventPipelineInfoPricePlans {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "name",
            "id",
            "scheduleId",
            "cycleStart",
            "cycleEnd",
            "usageMeters",
        ];
        struct EventPipelineInfoPricePlansVisitor;
        impl<'de> serde::de::Visitor<'de> for EventPipelineInfoPricePlansVisitor {
            type Value = EventPipelineInfoPricePlans;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct EventPipelineInfoPricePlans")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<EventPipelineInfoPricePlans, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<String> = None;
                let mut f3: Option<chrono::NaiveDate> = None;
                let mut f4: Option<chrono::NaiveDate> = None;
                let mut f5: Option<Option<Vec<String>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "name"),
                        1 => crate::runtime::field(&mut map, &mut f1, "id"),
                        2 => crate::runtime::field(&mut map, &mut f2, "scheduleId"),
                        3 => crate::runtime::field(&mut map, &mut f3, "cycleStart"),
                        4 => crate::runtime::field(&mut map, &mut f4, "cycleEnd"),
                        5 => crate::runtime::field(&mut map, &mut f5, "usageMeters"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(EventPipelineInfoPricePlans {
                    name: crate::runtime::required(f0, "name")?,
                    id: crate::runtime::required(f1, "id")?,
                    schedule_id: crate::runtime::required(f2, "scheduleId")?,
                    cycle_start: crate::runtime::required(f3, "cycleStart")?,
                    cycle_end: crate::runtime::required(f4, "cycleEnd")?,
                    usage_meters: f5.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "EventPipelineInfoPricePlans",
            FIELDS,
            EventPipelineInfoPricePlansVisitor,
        )
    }
}
impl EventPipelineInfoPricePlans {
    /// Creates a `EventPipelineInfoPricePlans` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        name: String,
        id: String,
        schedule_id: String,
        cycle_start: chrono::NaiveDate,
        cycle_end: chrono::NaiveDate,
    ) -> Self {
        Self {
            name,
            id,
            schedule_id,
            cycle_start,
            cycle_end,
            usage_meters: None,
        }
    }
}
