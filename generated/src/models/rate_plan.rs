//! The `RatePlan` model.
/// Contains all rate related configurations
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct RatePlan {
    /// `pricingModel`
    #[serde(rename = "pricingModel")]
    pub pricing_model: crate::models::PricingModel,
    /// Rate cards can have single or multiple slab up to 100.
    pub slabs: Vec<crate::models::Slab>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for RatePlan {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["pricingModel", "slabs"];
        struct RatePlanVisitor;
        impl<'de> serde::de::Visitor<'de> for RatePlanVisitor {
            type Value = RatePlan;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct RatePlan")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<RatePlan, A::Error> {
                let mut f0: Option<crate::models::PricingModel> = None;
                let mut f1: Option<Vec<crate::models::Slab>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "pricingModel"),
                        1 => crate::runtime::field(&mut map, &mut f1, "slabs"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(RatePlan {
                    pricing_model: crate::runtime::required(f0, "pricingModel")?,
                    slabs: crate::runtime::required(f1, "slabs")?,
                })
            }
        }
        deserializer.deserialize_struct("RatePlan", FIELDS, RatePlanVisitor)
    }
}
impl RatePlan {
    /// Creates a `RatePlan` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        pricing_model: crate::models::PricingModel,
        slabs: Vec<crate::models::Slab>,
    ) -> Self {
        Self {
            pricing_model,
            slabs,
        }
    }
}
