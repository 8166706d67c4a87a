//! The `EventPipelineInfo` model.
/// Information related to ingestion of an event
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct EventPipelineInfo {
    /// `eventSchema`
    #[serde(rename = "eventSchema", skip_serializing_if = "Option::is_none")]
    pub event_schema: Option<crate::models::EventPipelineInfoEventSchema>,
    /// `usageMeters`
    #[serde(rename = "usageMeters", skip_serializing_if = "Option::is_none")]
    pub usage_meters: Option<Vec<crate::models::EventPipelineInfoUsageMeters>>,
    /// `pricePlans`
    #[serde(rename = "pricePlans", skip_serializing_if = "Option::is_none")]
    pub price_plans: Option<Vec<crate::models::EventPipelineInfoPricePlans>>,
    /// `account`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<crate::models::EventPipelineInfoAccount>,
    /// `customer`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer: Option<crate::models::EventPipelineInfoCustomer>,
    /// `featureDetails`
    #[serde(rename = "featureDetails", skip_serializing_if = "Option::is_none")]
    pub feature_details: Option<crate::models::EventPipelineInfoFeatureDetails>,
    /// `enrichments`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enrichments: Option<crate::models::EventPipelineInfoEnrichments>,
    /// `revenueDetails`
    #[serde(rename = "revenueDetails", skip_serializing_if = "Option::is_none")]
    pub revenue_details: Option<Vec<crate::models::EventPipelineInfoRevenueDetails>>,
    /// `statusBeforeReverting`
    #[serde(
        rename = "statusBeforeReverting",
        skip_serializing_if = "Option::is_none"
    )]
    pub status_before_reverting: Option<String>,
    /// `baseCurrency`
    #[serde(rename = "baseCurrency", skip_serializing_if = "Option::is_none")]
    pub base_currency: Option<String>,
    /// `invoiceCurrency`
    #[serde(rename = "invoiceCurrency", skip_serializing_if = "Option::is_none")]
    pub invoice_currency: Option<String>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for EventPipelineInfo {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "eventSchema",
            "usageMeters",
            "pricePlans",
            "account",
            "customer",
            "featureDetails",
            "enrichments",
            "revenueDetails",
            "statusBeforeReverting",
            "baseCurrency",
            "invoiceCurrency",
        ];
        struct EventPipelineInfoVisitor;
        impl<'de> serde::de::Visitor<'de> for EventPipelineInfoVisitor {
            type Value = EventPipelineInfo;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct EventPipelineInfo")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<EventPipelineInfo, A::Error> {
                let mut f0: Option<Option<crate::models::EventPipelineInfoEventSchema>> = None;
                let mut f1: Option<Option<Vec<crate::models::EventPipelineInfoUsageMeters>>> = None;
                let mut f2: Option<Option<Vec<crate::models::EventPipelineInfoPricePlans>>> = None;
                let mut f3: Option<Option<crate::models::EventPipelineInfoAccount>> = None;
                let mut f4: Option<Option<crate::models::EventPipelineInfoCustomer>> = None;
                let mut f5: Option<Option<crate::models::EventPipelineInfoFeatureDetails>> = None;
                let mut f6: Option<Option<crate::models::EventPipelineInfoEnrichments>> = None;
                let mut f7: Option<Option<Vec<crate::models::EventPipelineInfoRevenueDetails>>> =
                    None;
                let mut f8: Option<Option<String>> = None;
                let mut f9: Option<Option<String>> = None;
                let mut f10: Option<Option<String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "eventSchema"),
                        1 => crate::runtime::field(&mut map, &mut f1, "usageMeters"),
                        2 => crate::runtime::field(&mut map, &mut f2, "pricePlans"),
                        3 => crate::runtime::field(&mut map, &mut f3, "account"),
                        4 => crate::runtime::field(&mut map, &mut f4, "customer"),
                        5 => crate::runtime::field(&mut map, &mut f5, "featureDetails"),
                        6 => crate::runtime::field(&mut map, &mut f6, "enrichments"),
                        7 => crate::runtime::field(&mut map, &mut f7, "revenueDetails"),
                        8 => crate::runtime::field(&mut map, &mut f8, "statusBeforeReverting"),
                        9 => crate::runtime::field(&mut map, &mut f9, "baseCurrency"),
                        10 => crate::runtime::field(&mut map, &mut f10, "invoiceCurrency"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(EventPipelineInfo {
                    event_schema: f0.unwrap_or_default(),
                    usage_meters: f1.unwrap_or_default(),
                    price_plans: f2.unwrap_or_default(),
                    account: f3.unwrap_or_default(),
                    customer: f4.unwrap_or_default(),
                    feature_details: f5.unwrap_or_default(),
                    enrichments: f6.unwrap_or_default(),
                    revenue_details: f7.unwrap_or_default(),
                    status_before_reverting: f8.unwrap_or_default(),
                    base_currency: f9.unwrap_or_default(),
                    invoice_currency: f10.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("EventPipelineInfo", FIELDS, EventPipelineInfoVisitor)
    }
}
