//! The `FinalizeAccountSchedules` model.
/// Request to finalize account schedules
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct FinalizeAccountSchedules {
    /// If this flag is true, the schedules will be merged with the existing schedules of the account if possible.
    /// If this flag is false, the existing schedules will be replaced with the new schedules.
    /// Default value is false
    #[serde(rename = "mergeSchedules", skip_serializing_if = "Option::is_none")]
    pub merge_schedules: Option<bool>,
    /// Pre actions to be performed before association or disassociation
    #[serde(rename = "preActions", skip_serializing_if = "Option::is_none")]
    pub pre_actions: Option<Vec<crate::models::PreAction>>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for FinalizeAccountSchedules {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["mergeSchedules", "preActions"];
        struct FinalizeAccountSchedulesVisitor;
        impl<'de> serde::de::Visitor<'de> for FinalizeAccountSchedulesVisitor {
            type Value = FinalizeAccountSchedules;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct FinalizeAccountSchedules")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<FinalizeAccountSchedules, A::Error> {
                let mut f0: Option<Option<bool>> = None;
                let mut f1: Option<Option<Vec<crate::models::PreAction>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "mergeSchedules"),
                        1 => crate::runtime::field(&mut map, &mut f1, "preActions"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(FinalizeAccountSchedules {
                    merge_schedules: f0.unwrap_or_default(),
                    pre_actions: f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "FinalizeAccountSchedules",
            FIELDS,
            FinalizeAccountSchedulesVisitor,
        )
    }
}
