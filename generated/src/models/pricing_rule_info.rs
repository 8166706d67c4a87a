//! The `PricingRuleInfo` model.
/// Pricing Rule Info
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PricingRuleInfo {
    /// `id`
    pub id: String,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `condition`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
    /// `computation`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub computation: Option<String>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for PricingRuleInfo {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["id", "name", "condition", "computation"];
        struct PricingRuleInfoVisitor;
        impl<'de> serde::de::Visitor<'de> for PricingRuleInfoVisitor {
            type Value = PricingRuleInfo;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct PricingRuleInfo")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<PricingRuleInfo, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<Option<String>> = None;
                let mut f2: Option<Option<String>> = None;
                let mut f3: Option<Option<String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "name"),
                        2 => crate::runtime::field(&mut map, &mut f2, "condition"),
                        3 => crate::runtime::field(&mut map, &mut f3, "computation"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(PricingRuleInfo {
                    id: crate::runtime::required(f0, "id")?,
                    name: f1.unwrap_or_default(),
                    condition: f2.unwrap_or_default(),
                    computation: f3.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("PricingRuleInfo", FIELDS, PricingRuleInfoVisitor)
    }
}
impl PricingRuleInfo {
    /// Creates a `PricingRuleInfo` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(id: String) -> Self {
        Self {
            id,
            name: None,
            condition: None,
            computation: None,
        }
    }
}
