//! The `EventSchemaListPaginatedResponse` model.
/// The `EventSchemaListPaginatedResponse` schema.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct EventSchemaListPaginatedResponse {
    /// `data`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<crate::models::EventSchemaListData>>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// `context`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<crate::models::PaginationOptions>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for EventSchemaListPaginatedResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["data", "nextToken", "context"];
        struct EventSchemaListPaginatedResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for EventSchemaListPaginatedResponseVisitor {
            type Value = EventSchemaListPaginatedResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct EventSchemaListPaginatedResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<EventSchemaListPaginatedResponse, A::Error> {
                let mut f0: Option<Option<Vec<crate::models::EventSchemaListData>>> = None;
                let mut f1: Option<Option<String>> = None;
                let mut f2: Option<Option<crate::models::PaginationOptions>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "data"),
                        1 => crate::runtime::field(&mut map, &mut f1, "nextToken"),
                        2 => crate::runtime::field(&mut map, &mut f2, "context"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(EventSchemaListPaginatedResponse {
                    data: f0.unwrap_or_default(),
                    next_token: f1.unwrap_or_default(),
                    context: f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "EventSchemaListPaginatedResponse",
            FIELDS,
            EventSchemaListPaginatedResponseVisitor,
        )
    }
}
