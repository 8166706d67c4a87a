//! The `PricingSchedulePaginatedResponse` model.
/// The `PricingSchedulePaginatedResponse` schema.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct PricingSchedulePaginatedResponse {
    /// `data`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<crate::models::PricingScheduleWithPricePlanId>>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// `previousToken`
    #[serde(rename = "previousToken", skip_serializing_if = "Option::is_none")]
    pub previous_token: Option<String>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for PricingSchedulePaginatedResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["data", "nextToken", "previousToken"];
        struct PricingSchedulePaginatedResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for PricingSchedulePaginatedResponseVisitor {
            type Value = PricingSchedulePaginatedResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct PricingSchedulePaginatedResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<PricingSchedulePaginatedResponse, A::Error> {
                let mut f0: Option<Option<Vec<crate::models::PricingScheduleWithPricePlanId>>> =
                    None;
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
                Ok(PricingSchedulePaginatedResponse {
                    data: f0.unwrap_or_default(),
                    next_token: f1.unwrap_or_default(),
                    previous_token: f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "PricingSchedulePaginatedResponse",
            FIELDS,
            PricingSchedulePaginatedResponseVisitor,
        )
    }
}
