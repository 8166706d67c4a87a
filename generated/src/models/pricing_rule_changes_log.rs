//! The `PricingRuleChangesLog` model.
/// Pricing Rules Logs Changes
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PricingRuleChangesLog {
    /// `key`
    pub key: String,
    /// `keyName`
    #[serde(rename = "keyName", skip_serializing_if = "Option::is_none")]
    pub key_name: Option<String>,
    /// `oldRevenue`
    #[serde(rename = "oldRevenue")]
    pub old_revenue: f64,
    /// `newRevenue`
    #[serde(rename = "newRevenue")]
    pub new_revenue: f64,
    /// `oldUsage`
    #[serde(rename = "oldUsage", skip_serializing_if = "Option::is_none")]
    pub old_usage: Option<f64>,
    /// `newUsage`
    #[serde(rename = "newUsage", skip_serializing_if = "Option::is_none")]
    pub new_usage: Option<f64>,
    /// `errorMessage`
    #[serde(rename = "errorMessage", skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for PricingRuleChangesLog {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "key",
            "keyName",
            "oldRevenue",
            "newRevenue",
            "oldUsage",
            "newUsage",
            "errorMessage",
        ];
        struct PricingRuleChangesLogVisitor;
        impl<'de> serde::de::Visitor<'de> for PricingRuleChangesLogVisitor {
            type Value = PricingRuleChangesLog;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct PricingRuleChangesLog")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<PricingRuleChangesLog, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<Option<String>> = None;
                let mut f2: Option<f64> = None;
                let mut f3: Option<f64> = None;
                let mut f4: Option<Option<f64>> = None;
                let mut f5: Option<Option<f64>> = None;
                let mut f6: Option<Option<String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "key"),
                        1 => crate::runtime::field(&mut map, &mut f1, "keyName"),
                        2 => crate::runtime::field(&mut map, &mut f2, "oldRevenue"),
                        3 => crate::runtime::field(&mut map, &mut f3, "newRevenue"),
                        4 => crate::runtime::field(&mut map, &mut f4, "oldUsage"),
                        5 => crate::runtime::field(&mut map, &mut f5, "newUsage"),
                        6 => crate::runtime::field(&mut map, &mut f6, "errorMessage"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(PricingRuleChangesLog {
                    key: crate::runtime::required(f0, "key")?,
                    key_name: f1.unwrap_or_default(),
                    old_revenue: crate::runtime::required(f2, "oldRevenue")?,
                    new_revenue: crate::runtime::required(f3, "newRevenue")?,
                    old_usage: f4.unwrap_or_default(),
                    new_usage: f5.unwrap_or_default(),
                    error_message: f6.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "PricingRuleChangesLog",
            FIELDS,
            PricingRuleChangesLogVisitor,
        )
    }
}
impl PricingRuleChangesLog {
    /// Creates a `PricingRuleChangesLog` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(key: String, old_revenue: f64, new_revenue: f64) -> Self {
        Self {
            key,
            key_name: None,
            old_revenue,
            new_revenue,
            old_usage: None,
            new_usage: None,
            error_message: None,
        }
    }
}
