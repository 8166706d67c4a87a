//! The `PricingRulesLogsPaginatedResponse` model.
/// Pricing Rules Logs response
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PricingRulesLogsPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::PricingRulesLog>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for PricingRulesLogsPaginatedResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["data"];
        struct PricingRulesLogsPaginatedResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for PricingRulesLogsPaginatedResponseVisitor {
            type Value = PricingRulesLogsPaginatedResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct PricingRulesLogsPaginatedResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<PricingRulesLogsPaginatedResponse, A::Error> {
                let mut f0: Option<Vec<crate::models::PricingRulesLog>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "data"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(PricingRulesLogsPaginatedResponse {
                    data: crate::runtime::required(f0, "data")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "PricingRulesLogsPaginatedResponse",
            FIELDS,
            PricingRulesLogsPaginatedResponseVisitor,
        )
    }
}
impl PricingRulesLogsPaginatedResponse {
    /// Creates a `PricingRulesLogsPaginatedResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::PricingRulesLog>) -> Self {
        Self { data }
    }
}
