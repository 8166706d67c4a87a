//! The `UpdatePricingRulesRequest` model.
/// The `UpdatePricingRulesRequest` schema.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct UpdatePricingRulesRequest {
    /// `pricingRules`
    #[serde(rename = "pricingRules", skip_serializing_if = "Option::is_none")]
    pub pricing_rules: Option<Vec<crate::models::CreatePricingRule>>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for UpdatePricingRulesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["pricingRules"];
        struct UpdatePricingRulesRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for UpdatePricingRulesRequestVisitor {
            type Value = UpdatePricingRulesRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct UpdatePricingRulesRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<UpdatePricingRulesRequest, A::Error> {
                let mut f0: Option<Option<Vec<crate::models::CreatePricingRule>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "pricingRules"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(UpdatePricingRulesRequest {
                    pricing_rules: f0.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "UpdatePricingRulesRequest",
            FIELDS,
            UpdatePricingRulesRequestVisitor,
        )
    }
}
