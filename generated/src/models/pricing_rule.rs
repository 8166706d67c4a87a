//! The `PricingRule` model.
/// Represents pricing rules of a price plan. i.e, price plan bound by time.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PricingRule {
    /// `id`
    pub id: String,
    /// `name`
    pub name: String,
    /// `version`
    pub version: i32,
    /// `invoiceTiming`
    #[serde(rename = "invoiceTiming", skip_serializing_if = "Option::is_none")]
    pub invoice_timing: Option<crate::models::PricingRuleTiming>,
    /// `order`
    pub order: i32,
    /// JSON logic condition deciding whether to compute this pricing rule or not
    #[serde(skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
    /// JSON logic to be computed
    pub computation: String,
    /// `action`
    pub action: crate::models::PricingRuleAction,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for PricingRule {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "name",
            "version",
            "invoiceTiming",
            "order",
            "condition",
            "computation",
            "action",
        ];
        struct PricingRuleVisitor;
        impl<'de> serde::de::Visitor<'de> for PricingRuleVisitor {
            type Value = PricingRule;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct PricingRule")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<PricingRule, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<i32> = None;
                let mut f3: Option<Option<crate::models::PricingRuleTiming>> = None;
                let mut f4: Option<i32> = None;
                let mut f5: Option<Option<String>> = None;
                let mut f6: Option<String> = None;
                let mut f7: Option<crate::models::PricingRuleAction> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "name"),
                        2 => crate::runtime::field(&mut map, &mut f2, "version"),
                        3 => crate::runtime::field(&mut map, &mut f3, "invoiceTiming"),
                        4 => crate::runtime::field(&mut map, &mut f4, "order"),
                        5 => crate::runtime::field(&mut map, &mut f5, "condition"),
                        6 => crate::runtime::field(&mut map, &mut f6, "computation"),
                        7 => crate::runtime::field(&mut map, &mut f7, "action"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(PricingRule {
                    id: crate::runtime::required(f0, "id")?,
                    name: crate::runtime::required(f1, "name")?,
                    version: crate::runtime::required(f2, "version")?,
                    invoice_timing: f3.unwrap_or_default(),
                    order: crate::runtime::required(f4, "order")?,
                    condition: f5.unwrap_or_default(),
                    computation: crate::runtime::required(f6, "computation")?,
                    action: crate::runtime::required(f7, "action")?,
                })
            }
        }
        deserializer.deserialize_struct("PricingRule", FIELDS, PricingRuleVisitor)
    }
}
impl PricingRule {
    /// Creates a `PricingRule` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        name: String,
        version: i32,
        order: i32,
        computation: String,
        action: crate::models::PricingRuleAction,
    ) -> Self {
        Self {
            id,
            name,
            version,
            invoice_timing: None,
            order,
            condition: None,
            computation,
            action,
        }
    }
}
