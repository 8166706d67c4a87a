//! The `UsageRateCard` model.
/// The `UsageRateCard` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct UsageRateCard {
    /// Name your rate card, this will be displayed in the Togai App
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Unique identifier for the rate card in a price plan. If left null it is auto-generated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A tag string to group usageRateCards
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// `usageMeterId`
    #[serde(rename = "usageMeterId")]
    pub usage_meter_id: String,
    /// `ratePlan`
    #[serde(rename = "ratePlan")]
    pub rate_plan: crate::models::RatePlan,
    /// `rateValues`
    #[serde(rename = "rateValues")]
    pub rate_values: Vec<crate::models::RateValue>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for UsageRateCard {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "displayName",
            "name",
            "tag",
            "usageMeterId",
            "ratePlan",
            "rateValues",
        ];
        struct UsageRateCardVisitor;
        impl<'de> serde::de::Visitor<'de> for UsageRateCardVisitor {
            type Value = UsageRateCard;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct UsageRateCard")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<UsageRateCard, A::Error> {
                let mut f0: Option<Option<String>> = None;
                let mut f1: Option<Option<String>> = None;
                let mut f2: Option<Option<String>> = None;
                let mut f3: Option<String> = None;
                let mut f4: Option<crate::models::RatePlan> = None;
                let mut f5: Option<Vec<crate::models::RateValue>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "displayName"),
                        1 => crate::runtime::field(&mut map, &mut f1, "name"),
                        2 => crate::runtime::field(&mut map, &mut f2, "tag"),
                        3 => crate::runtime::field(&mut map, &mut f3, "usageMeterId"),
                        4 => crate::runtime::field(&mut map, &mut f4, "ratePlan"),
                        5 => crate::runtime::field(&mut map, &mut f5, "rateValues"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(UsageRateCard {
                    display_name: f0.unwrap_or_default(),
                    name: f1.unwrap_or_default(),
                    tag: f2.unwrap_or_default(),
                    usage_meter_id: crate::runtime::required(f3, "usageMeterId")?,
                    rate_plan: crate::runtime::required(f4, "ratePlan")?,
                    rate_values: crate::runtime::required(f5, "rateValues")?,
                })
            }
        }
        deserializer.deserialize_struct("UsageRateCard", FIELDS, UsageRateCardVisitor)
    }
}
impl UsageRateCard {
    /// Creates a `UsageRateCard` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        usage_meter_id: String,
        rate_plan: crate::models::RatePlan,
        rate_values: Vec<crate::models::RateValue>,
    ) -> Self {
        Self {
            display_name: None,
            name: None,
            tag: None,
            usage_meter_id,
            rate_plan,
            rate_values,
        }
    }
}
