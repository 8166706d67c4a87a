//! The `ActivatePricePlanRequest` model.
/// Request to activate currencies of a price plan
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ActivatePricePlanRequest {
    /// List of currencies to activate
    pub currencies: Vec<String>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for ActivatePricePlanRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["currencies"];
        struct ActivatePricePlanRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for ActivatePricePlanRequestVisitor {
            type Value = ActivatePricePlanRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct ActivatePricePlanRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<ActivatePricePlanRequest, A::Error> {
                let mut f0: Option<Vec<String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "currencies"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(ActivatePricePlanRequest {
                    currencies: crate::runtime::required(f0, "currencies")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "ActivatePricePlanRequest",
            FIELDS,
            ActivatePricePlanRequestVisitor,
        )
    }
}
impl ActivatePricePlanRequest {
    /// Creates a `ActivatePricePlanRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(currencies: Vec<String>) -> Self {
        Self { currencies }
    }
}
