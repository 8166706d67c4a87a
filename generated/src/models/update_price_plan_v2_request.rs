//! The `UpdatePricePlanV2Request` model.
/// Request to update a price plan
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct UpdatePricePlanV2Request {
    /// Description of price plan
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `pricingCycleConfig`
    #[serde(rename = "pricingCycleConfig", skip_serializing_if = "Option::is_none")]
    pub pricing_cycle_config: Option<crate::models::PricingCycleConfig>,
    /// List of currencies supported by the price plan
    #[serde(
        rename = "supportedCurrencies",
        skip_serializing_if = "Option::is_none"
    )]
    pub supported_currencies: Option<Vec<String>>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for UpdatePricePlanV2Request {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["description", "pricingCycleConfig", "supportedCurrencies"];
        struct UpdatePricePlanV2RequestVisitor;
        impl<'de> serde::de::Visitor<'de> for UpdatePricePlanV2RequestVisitor {
            type Value = UpdatePricePlanV2Request;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct UpdatePricePlanV2Request")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<UpdatePricePlanV2Request, A::Error> {
                let mut f0: Option<Option<String>> = None;
                let mut f1: Option<Option<crate::models::PricingCycleConfig>> = None;
                let mut f2: Option<Option<Vec<String>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "description"),
                        1 => crate::runtime::field(&mut map, &mut f1, "pricingCycleConfig"),
                        2 => crate::runtime::field(&mut map, &mut f2, "supportedCurrencies"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(UpdatePricePlanV2Request {
                    description: f0.unwrap_or_default(),
                    pricing_cycle_config: f1.unwrap_or_default(),
                    supported_currencies: f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "UpdatePricePlanV2Request",
            FIELDS,
            UpdatePricePlanV2RequestVisitor,
        )
    }
}
