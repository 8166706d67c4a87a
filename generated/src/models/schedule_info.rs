//! The `ScheduleInfo` model.
/// The `ScheduleInfo` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ScheduleInfo {
    /// `supportedCurrencies`
    #[serde(rename = "supportedCurrencies")]
    pub supported_currencies: Vec<String>,
    /// `pricingCycleConfig`
    #[serde(rename = "pricingCycleConfig")]
    pub pricing_cycle_config: crate::models::PricingCycleConfig,
    /// `pricingRules`
    #[serde(rename = "pricingRules", skip_serializing_if = "Option::is_none")]
    pub pricing_rules: Option<Vec<crate::models::PricingRule>>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for ScheduleInfo {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["supportedCurrencies", "pricingCycleConfig", "pricingRules"];
        struct ScheduleInfoVisitor;
        impl<'de> serde::de::Visitor<'de> for ScheduleInfoVisitor {
            type Value = ScheduleInfo;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct ScheduleInfo")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<ScheduleInfo, A::Error> {
                let mut f0: Option<Vec<String>> = None;
                let mut f1: Option<crate::models::PricingCycleConfig> = None;
                let mut f2: Option<Option<Vec<crate::models::PricingRule>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "supportedCurrencies"),
                        1 => crate::runtime::field(&mut map, &mut f1, "pricingCycleConfig"),
                        2 => crate::runtime::field(&mut map, &mut f2, "pricingRules"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(ScheduleInfo {
                    supported_currencies: crate::runtime::required(f0, "supportedCurrencies")?,
                    pricing_cycle_config: crate::runtime::required(f1, "pricingCycleConfig")?,
                    pricing_rules: f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ScheduleInfo", FIELDS, ScheduleInfoVisitor)
    }
}
impl ScheduleInfo {
    /// Creates a `ScheduleInfo` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        supported_currencies: Vec<String>,
        pricing_cycle_config: crate::models::PricingCycleConfig,
    ) -> Self {
        Self {
            supported_currencies,
            pricing_cycle_config,
            pricing_rules: None,
        }
    }
}
