//! The `GetFeatureCreditEntriesPaginatedResponse` model.
/// The `GetFeatureCreditEntriesPaginatedResponse` schema.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct GetFeatureCreditEntriesPaginatedResponse {
    /// `data`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<crate::models::FeatureCreditEntry>>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for GetFeatureCreditEntriesPaginatedResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["data", "nextToken"];
        struct GetFeatureCreditEntriesPaginatedResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for GetFeatureCreditEntriesPaginatedResponseVisitor {
            type Value = GetFeatureCreditEntriesPaginatedResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct GetFeatureCreditEntriesPaginatedResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<GetFeatureCreditEntriesPaginatedResponse, A::Error> {
                let mut f0: Option<Option<Vec<crate::models::FeatureCreditEntry>>> = None;
                let mut f1: Option<Option<String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "data"),
                        1 => crate::runtime::field(&mut map, &mut f1, "nextToken"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(GetFeatureCreditEntriesPaginatedResponse {
                    data: f0.unwrap_or_default(),
                    next_token: f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "GetFeatureCreditEntriesPaginatedResponse",
            FIELDS,
            GetFeatureCreditEntriesPaginatedResponseVisitor,
        )
    }
}
