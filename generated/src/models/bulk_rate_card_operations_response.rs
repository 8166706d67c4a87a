//! The `BulkRateCardOperationsResponse` model.
/// Bulk rate card operations response
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct BulkRateCardOperationsResponse {
    /// `rateCards`
    #[serde(rename = "rateCards")]
    pub rate_cards: Vec<crate::models::RateCard>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for BulkRateCardOperationsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["rateCards"];
        struct BulkRateCardOperationsResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for BulkRateCardOperationsResponseVisitor {
            type Value = BulkRateCardOperationsResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct BulkRateCardOperationsResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<BulkRateCardOperationsResponse, A::Error> {
                let mut f0: Option<Vec<crate::models::RateCard>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "rateCards"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(BulkRateCardOperationsResponse {
                    rate_cards: crate::runtime::required(f0, "rateCards")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "BulkRateCardOperationsResponse",
            FIELDS,
            BulkRateCardOperationsResponseVisitor,
        )
    }
}
impl BulkRateCardOperationsResponse {
    /// Creates a `BulkRateCardOperationsResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(rate_cards: Vec<crate::models::RateCard>) -> Self {
        Self { rate_cards }
    }
}
