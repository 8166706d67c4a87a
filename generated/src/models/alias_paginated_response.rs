//! The `AliasPaginatedResponse` model.
/// Represents for list response of alias
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct AliasPaginatedResponse {
    /// `data`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<crate::models::Alias>>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for AliasPaginatedResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["data", "nextToken"];
        struct AliasPaginatedResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for AliasPaginatedResponseVisitor {
            type Value = AliasPaginatedResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct AliasPaginatedResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<AliasPaginatedResponse, A::Error> {
                let mut f0: Option<Option<Vec<crate::models::Alias>>> = None;
                let mut f1: Option<Option<String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "data"),
                        1 => crate::runtime::field(&mut map, &mut f1, "nextToken"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(AliasPaginatedResponse {
                    data: f0.unwrap_or_default(),
                    next_token: f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "AliasPaginatedResponse",
            FIELDS,
            AliasPaginatedResponseVisitor,
        )
    }
}
