//! The `IngestEventResponse` model.
/// The `IngestEventResponse` schema.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct IngestEventResponse {
    /// `success`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `statusCode`
    #[serde(rename = "statusCode", skip_serializing_if = "Option::is_none")]
    pub status_code: Option<i32>,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `message`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// `code`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// `details`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub details: Option<serde_json::Value>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for IngestEventResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "success",
            "statusCode",
            "name",
            "message",
            "code",
            "details",
        ];
        struct IngestEventResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for IngestEventResponseVisitor {
            type Value = IngestEventResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct IngestEventResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<IngestEventResponse, A::Error> {
                let mut f0: Option<Option<bool>> = None;
                let mut f1: Option<Option<i32>> = None;
                let mut f2: Option<Option<String>> = None;
                let mut f3: Option<Option<String>> = None;
                let mut f4: Option<Option<String>> = None;
                let mut f5: Option<Option<serde_json::Value>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "success"),
                        1 => crate::runtime::field(&mut map, &mut f1, "statusCode"),
                        2 => crate::runtime::field(&mut map, &mut f2, "name"),
                        3 => crate::runtime::field(&mut map, &mut f3, "message"),
                        4 => crate::runtime::field(&mut map, &mut f4, "code"),
                        5 => crate::runtime::field(&mut map, &mut f5, "details"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(IngestEventResponse {
                    success: f0.unwrap_or_default(),
                    status_code: f1.unwrap_or_default(),
                    name: f2.unwrap_or_default(),
                    message: f3.unwrap_or_default(),
                    code: f4.unwrap_or_default(),
                    details: f5.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("IngestEventResponse", FIELDS, IngestEventResponseVisitor)
    }
}
