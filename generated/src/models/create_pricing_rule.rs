//! The `CreatePricingRule` model.
/// The `CreatePricingRule` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CreatePricingRule {
    /// Name of the pricing rule
    pub name: String,
    /// Order of the pricing rule
    pub order: i32,
    /// `invoiceTiming`
    #[serde(rename = "invoiceTiming", skip_serializing_if = "Option::is_none")]
    pub invoice_timing: Option<crate::models::PricingRuleTiming>,
    /// JSON logic condition deciding whether to compute this pricing rule or not
    #[serde(skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
    /// JSON logic to be computed
    pub computation: String,
    /// `action`
    pub action: crate::models::PricingRuleAction,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CreatePricingRule {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "name",
            "order",
            "invoiceTiming",
            "condition",
            "computation",
            "action",
        ];
        struct CreatePricingRuleVisitor;
        impl<'de> serde::de::Visitor<'de> for CreatePricingRuleVisitor {
            type Value = CreatePricingRule;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CreatePricingRule")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreatePricingRule, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<i32> = None;
                let mut f2: Option<Option<crate::models::PricingRuleTiming>> = None;
                let mut f3: Option<Option<String>> = None;
                let mut f4: Option<String> = None;
                let mut f5: Option<crate::models::PricingRuleAction> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "name"),
                        1 => crate::runtime::field(&mut map, &mut f1, "order"),
                        2 => crate::runtime::field(&mut map, &mut f2, "invoiceTiming"),
                        3 => crate::runtime::field(&mut map, &mut f3, "condition"),
                        4 => crate::runtime::field(&mut map, &mut f4, "computation"),
                        5 => crate::runtime::field(&mut map, &mut f5, "action"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CreatePricingRule {
                    name: crate::runtime::required(f0, "name")?,
                    order: crate::runtime::required(f1, "order")?,
                    invoice_timing: f2.unwrap_or_default(),
                    condition: f3.unwrap_or_default(),
                    computation: crate::runtime::required(f4, "computation")?,
                    action: crate::runtime::required(f5, "action")?,
                })
            }
        }
        deserializer.deserialize_struct("CreatePricingRule", FIELDS, CreatePricingRuleVisitor)
    }
}
impl CreatePricingRule {
    /// Creates a `CreatePricingRule` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        name: String,
        order: i32,
        computation: String,
        action: crate::models::PricingRuleAction,
    ) -> Self {
        Self {
            name,
            order,
            invoice_timing: None,
            condition: None,
            computation,
            action,
        }
    }
}
