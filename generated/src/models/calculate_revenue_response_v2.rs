//! The `CalculateRevenueResponseV2` model.
/// The `CalculateRevenueResponseV2` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CalculateRevenueResponseV2 {
    /// `currency`
    pub currency: String,
    /// `usageLookupRange`
    #[serde(rename = "usageLookupRange", skip_serializing_if = "Option::is_none")]
    pub usage_lookup_range: Option<crate::models::UsageLookupRange>,
    /// `revenueInfo`
    #[serde(rename = "revenueInfo")]
    pub revenue_info: Vec<crate::models::RevenueInfoV2>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CalculateRevenueResponseV2 {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["currency", "usageLookupRange", "revenueInfo"];
        struct CalculateRevenueResponseV2Visitor;
        impl<'de> serde::de::Visitor<'de> for CalculateRevenueResponseV2Visitor {
            type Value = CalculateRevenueResponseV2;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CalculateRevenueResponseV2")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CalculateRevenueResponseV2, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<Option<crate::models::UsageLookupRange>> = None;
                let mut f2: Option<Vec<crate::models::RevenueInfoV2>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "currency"),
                        1 => crate::runtime::field(&mut map, &mut f1, "usageLookupRange"),
                        2 => crate::runtime::field(&mut map, &mut f2, "revenueInfo"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CalculateRevenueResponseV2 {
                    currency: crate::runtime::required(f0, "currency")?,
                    usage_lookup_range: f1.unwrap_or_default(),
                    revenue_info: crate::runtime::required(f2, "revenueInfo")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "CalculateRevenueResponseV2",
            FIELDS,
            CalculateRevenueResponseV2Visitor,
        )
    }
}
impl CalculateRevenueResponseV2 {
    /// Creates a `CalculateRevenueResponseV2` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(currency: String, revenue_info: Vec<crate::models::RevenueInfoV2>) -> Self {
        Self {
            currency,
            usage_lookup_range: None,
            revenue_info,
        }
    }
}
