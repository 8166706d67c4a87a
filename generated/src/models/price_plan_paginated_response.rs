//! The `PricePlanPaginatedResponse` model.
/// The `PricePlanPaginatedResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PricePlanPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::PricePlanListData>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// `context`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<crate::models::PaginationOptions>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for PricePlanPaginatedResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["data", "nextToken", "context"];
        struct PricePlanPaginatedResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for PricePlanPaginatedResponseVisitor {
            type Value = PricePlanPaginatedResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct PricePlanPaginatedResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<PricePlanPaginatedResponse, A::Error> {
                let mut f0: Option<Vec<crate::models::PricePlanListData>> = None;
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
                Ok(PricePlanPaginatedResponse {
                    data: crate::runtime::required(f0, "data")?,
                    next_token: f1.unwrap_or_default(),
                    context: f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "PricePlanPaginatedResponse",
            FIELDS,
            PricePlanPaginatedResponseVisitor,
        )
    }
}
impl PricePlanPaginatedResponse {
    /// Creates a `PricePlanPaginatedResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::PricePlanListData>) -> Self {
        Self {
            data,
            next_token: None,
            context: None,
        }
    }
}
