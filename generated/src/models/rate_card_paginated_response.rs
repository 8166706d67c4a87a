//! The `RateCardPaginatedResponse` model.
/// Paginated response for rate card
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct RateCardPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::RateCard>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for RateCardPaginatedResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["data", "nextToken"];
        struct RateCardPaginatedResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for RateCardPaginatedResponseVisitor {
            type Value = RateCardPaginatedResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct RateCardPaginatedResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<RateCardPaginatedResponse, A::Error> {
                let mut f0: Option<Vec<crate::models::RateCard>> = None;
                let mut f1: Option<Option<String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "data"),
                        1 => crate::runtime::field(&mut map, &mut f1, "nextToken"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(RateCardPaginatedResponse {
                    data: crate::runtime::required(f0, "data")?,
                    next_token: f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "RateCardPaginatedResponse",
            FIELDS,
            RateCardPaginatedResponseVisitor,
        )
    }
}
impl RateCardPaginatedResponse {
    /// Creates a `RateCardPaginatedResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::RateCard>) -> Self {
        Self {
            data,
            next_token: None,
        }
    }
}
