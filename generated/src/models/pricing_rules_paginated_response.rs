//! The `PricingRulesPaginatedResponse` model.
/// The `PricingRulesPaginatedResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PricingRulesPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::PricingRule>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for PricingRulesPaginatedResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["data"];
        struct PricingRulesPaginatedResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for PricingRulesPaginatedResponseVisitor {
            type Value = PricingRulesPaginatedResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct PricingRulesPaginatedResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<PricingRulesPaginatedResponse, A::Error> {
                let mut f0: Option<Vec<crate::models::PricingRule>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "data"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(PricingRulesPaginatedResponse {
                    data: crate::runtime::required(f0, "data")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "PricingRulesPaginatedResponse",
            FIELDS,
            PricingRulesPaginatedResponseVisitor,
        )
    }
}
impl PricingRulesPaginatedResponse {
    /// Creates a `PricingRulesPaginatedResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::PricingRule>) -> Self {
        Self { data }
    }
}
