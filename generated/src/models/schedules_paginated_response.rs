//! The `SchedulesPaginatedResponse` model.
/// The `SchedulesPaginatedResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct SchedulesPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::AccountSchedule>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// `previousToken`
    #[serde(rename = "previousToken", skip_serializing_if = "Option::is_none")]
    pub previous_token: Option<String>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for SchedulesPaginatedResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["data", "nextToken", "previousToken"];
        struct SchedulesPaginatedResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for SchedulesPaginatedResponseVisitor {
            type Value = SchedulesPaginatedResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct SchedulesPaginatedResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<SchedulesPaginatedResponse, A::Error> {
                let mut f0: Option<Vec<crate::models::AccountSchedule>> = None;
                let mut f1: Option<Option<String>> = None;
                let mut f2: Option<Option<String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "data"),
                        1 => crate::runtime::field(&mut map, &mut f1, "nextToken"),
                        2 => crate::runtime::field(&mut map, &mut f2, "previousToken"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(SchedulesPaginatedResponse {
                    data: crate::runtime::required(f0, "data")?,
                    next_token: f1.unwrap_or_default(),
                    previous_token: f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "SchedulesPaginatedResponse",
            FIELDS,
            SchedulesPaginatedResponseVisitor,
        )
    }
}
impl SchedulesPaginatedResponse {
    /// Creates a `SchedulesPaginatedResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::AccountSchedule>) -> Self {
        Self {
            data,
            next_token: None,
            previous_token: None,
        }
    }
}
