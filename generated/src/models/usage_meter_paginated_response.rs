//! The `UsageMeterPaginatedResponse` model.
/// The `UsageMeterPaginatedResponse` schema.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct UsageMeterPaginatedResponse {
    /// `data`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<crate::models::UsageMeter>>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// `context`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<crate::models::PaginationOptions>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for UsageMeterPaginatedResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["data", "nextToken", "context"];
        struct UsageMeterPaginatedResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for UsageMeterPaginatedResponseVisitor {
            type Value = UsageMeterPaginatedResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct UsageMeterPaginatedResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<UsageMeterPaginatedResponse, A::Error> {
                let mut f0: Option<Option<Vec<crate::models::UsageMeter>>> = None;
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
                Ok(UsageMeterPaginatedResponse {
                    data: f0.unwrap_or_default(),
                    next_token: f1.unwrap_or_default(),
                    context: f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "UsageMeterPaginatedResponse",
            FIELDS,
            UsageMeterPaginatedResponseVisitor,
        )
    }
}
