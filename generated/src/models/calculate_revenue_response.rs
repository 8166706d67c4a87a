//! The `CalculateRevenueResponse` model.
/// The `CalculateRevenueResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CalculateRevenueResponse {
    /// `currency`
    pub currency: String,
    /// `usageLookupRange`
    #[serde(rename = "usageLookupRange", skip_serializing_if = "Option::is_none")]
    pub usage_lookup_range: Option<crate::models::UsageLookupRange>,
    /// `pricePlanDetails`
    #[serde(rename = "pricePlanDetails")]
    pub price_plan_details: crate::models::PricePlanDetails,
    /// `revenueInfo`
    #[serde(rename = "revenueInfo")]
    pub revenue_info: Vec<crate::models::RevenueInfo>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CalculateRevenueResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "currency",
            "usageLookupRange",
            "pricePlanDetails",
            "revenueInfo",
        ];
        struct CalculateRevenueResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for CalculateRevenueResponseVisitor {
            type Value = CalculateRevenueResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CalculateRevenueResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CalculateRevenueResponse, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<Option<crate::models::UsageLookupRange>> = None;
                let mut f2: Option<crate::models::PricePlanDetails> = None;
                let mut f3: Option<Vec<crate::models::RevenueInfo>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "currency"),
                        1 => crate::runtime::field(&mut map, &mut f1, "usageLookupRange"),
                        2 => crate::runtime::field(&mut map, &mut f2, "pricePlanDetails"),
                        3 => crate::runtime::field(&mut map, &mut f3, "revenueInfo"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CalculateRevenueResponse {
                    currency: crate::runtime::required(f0, "currency")?,
                    usage_lookup_range: f1.unwrap_or_default(),
                    price_plan_details: crate::runtime::required(f2, "pricePlanDetails")?,
                    revenue_info: crate::runtime::required(f3, "revenueInfo")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "CalculateRevenueResponse",
            FIELDS,
            CalculateRevenueResponseVisitor,
        )
    }
}
impl CalculateRevenueResponse {
    /// Creates a `CalculateRevenueResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        currency: String,
        price_plan_details: crate::models::PricePlanDetails,
        revenue_info: Vec<crate::models::RevenueInfo>,
    ) -> Self {
        Self {
            currency,
            usage_lookup_range: None,
            price_plan_details,
            revenue_info,
        }
    }
}
