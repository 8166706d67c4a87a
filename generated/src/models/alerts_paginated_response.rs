//! The `AlertsPaginatedResponse` model.
/// The `AlertsPaginatedResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct AlertsPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::Alert>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for AlertsPaginatedResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["data", "nextToken"];
        struct AlertsPaginatedResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for AlertsPaginatedResponseVisitor {
            type Value = AlertsPaginatedResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct AlertsPaginatedResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<AlertsPaginatedResponse, A::Error> {
                let mut f0: Option<Vec<crate::models::Alert>> = None;
                let mut f1: Option<Option<String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "data"),
                        1 => crate::runtime::field(&mut map, &mut f1, "nextToken"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(AlertsPaginatedResponse {
                    data: crate::runtime::required(f0, "data")?,
                    next_token: f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "AlertsPaginatedResponse",
            FIELDS,
            AlertsPaginatedResponseVisitor,
        )
    }
}
impl AlertsPaginatedResponse {
    /// Creates a `AlertsPaginatedResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::Alert>) -> Self {
        Self {
            data,
            next_token: None,
        }
    }
}
