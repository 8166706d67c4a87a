//! The `PricePlanV2PaginatedResponse` model.
/// Paginated response for price plan
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PricePlanV2PaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::PricePlanV2>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for PricePlanV2PaginatedResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["data", "nextToken"];
        struct PricePlanV2PaginatedResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for PricePlanV2PaginatedResponseVisitor {
            type Value = PricePlanV2PaginatedResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct PricePlanV2PaginatedResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<PricePlanV2PaginatedResponse, A::Error> {
                let mut f0: Option<Vec<crate::models::PricePlanV2>> = None;
                let mut f1: Option<Option<String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "data"),
                        1 => crate::runtime::field(&mut map, &mut f1, "nextToken"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(PricePlanV2PaginatedResponse {
                    data: crate::runtime::required(f0, "data")?,
                    next_token: f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "PricePlanV2PaginatedResponse",
            FIELDS,
            PricePlanV2PaginatedResponseVisitor,
        )
    }
}
impl PricePlanV2PaginatedResponse {
    /// Creates a `PricePlanV2PaginatedResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::PricePlanV2>) -> Self {
        Self {
            data,
            next_token: None,
        }
    }
}
