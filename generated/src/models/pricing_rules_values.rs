//! The `PricingRulesValues` model.
/// The `PricingRulesValues` schema.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct PricingRulesValues {
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `value`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for PricingRulesValues {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["name", "value"];
        struct PricingRulesValuesVisitor;
        impl<'de> serde::de::Visitor<'de> for PricingRulesValuesVisitor {
            type Value = PricingRulesValues;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct PricingRulesValues")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<PricingRulesValues, A::Error> {
                let mut f0: Option<Option<String>> = None;
                let mut f1: Option<Option<String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "name"),
                        1 => crate::runtime::field(&mut map, &mut f1, "value"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(PricingRulesValues {
                    name: f0.unwrap_or_default(),
                    value: f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("PricingRulesValues", FIELDS, PricingRulesValuesVisitor)
    }
}
