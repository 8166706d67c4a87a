//! The `CreatePricePlanV2Request` model.
/// Request to create a price plan
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CreatePricePlanV2Request {
    /// Name of the price plan
    pub name: String,
    /// Description of price plan
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `type`
    pub r#type: crate::models::PricePlanType,
    /// `pricingCycleConfig`
    #[serde(rename = "pricingCycleConfig", skip_serializing_if = "Option::is_none")]
    pub pricing_cycle_config: Option<crate::models::PricingCycleConfig>,
    /// List of currencies supported by the price plan
    #[serde(rename = "supportedCurrencies")]
    pub supported_currencies: Vec<String>,
    /// This option can be enabled while creating a price plan to opt for deferred revenue finalization.
    /// i.e, Togai will assume that the price plan may change any time during the pricing cycle and
    /// thereby does not compute the revenue in near-real time.
    /// This gives the flexibility of editing rate cards in price plan from beginning of the pricing cycle.
    /// Enabling this mode comes with the following limitations.
    /// 1. Following rate cards are not supported under a `deferredRevenue` plan
    ///    * creditGrantRateCards,
    ///    * billingEntitlementRateCards,
    ///    * entitlementOverageRateCards,
    ///    * IN_ADVANCE fixedFeeRateCards,
    ///    * IN_ADVANCE licenseRateCards
    /// 2. Metrics API return revenue metrics only after the grace period of the account's pricing cycle
    ///    (i.e, only once the invoice becomes DUE)
    #[serde(rename = "deferredRevenue", skip_serializing_if = "Option::is_none")]
    pub deferred_revenue: Option<bool>,
    /// Allow changes to price plan from the beginning of the ongoing cycle.
    #[serde(
        rename = "allowOngoingCycleUpdates",
        skip_serializing_if = "Option::is_none"
    )]
    pub allow_ongoing_cycle_updates: Option<bool>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CreatePricePlanV2Request {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "name",
            "description",
            "type",
            "pricingCycleConfig",
            "supportedCurrencies",
            "deferredRevenue",
            "allowOngoingCycleUpdates",
        ];
        struct CreatePricePlanV2RequestVisitor;
        impl<'de> serde::de::Visitor<'de> for CreatePricePlanV2RequestVisitor {
            type Value = CreatePricePlanV2Request;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CreatePricePlanV2Request")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreatePricePlanV2Request, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<Option<String>> = None;
                let mut f2: Option<crate::models::PricePlanType> = None;
                let mut f3: Option<Option<crate::models::PricingCycleConfig>> = None;
                let mut f4: Option<Vec<String>> = None;
                let mut f5: Option<Option<bool>> = None;
                let mut f6: Option<Option<bool>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "name"),
                        1 => crate::runtime::field(&mut map, &mut f1, "description"),
                        2 => crate::runtime::field(&mut map, &mut f2, "type"),
                        3 => crate::runtime::field(&mut map, &mut f3, "pricingCycleConfig"),
                        4 => crate::runtime::field(&mut map, &mut f4, "supportedCurrencies"),
                        5 => crate::runtime::field(&mut map, &mut f5, "deferredRevenue"),
                        6 => crate::runtime::field(&mut map, &mut f6, "allowOngoingCycleUpdates"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CreatePricePlanV2Request {
                    name: crate::runtime::required(f0, "name")?,
                    description: f1.unwrap_or_default(),
                    r#type: crate::runtime::required(f2, "type")?,
                    pricing_cycle_config: f3.unwrap_or_default(),
                    supported_currencies: crate::runtime::required(f4, "supportedCurrencies")?,
                    deferred_revenue: f5.unwrap_or_default(),
                    allow_ongoing_cycle_updates: f6.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "CreatePricePlanV2Request",
            FIELDS,
            CreatePricePlanV2RequestVisitor,
        )
    }
}
impl CreatePricePlanV2Request {
    /// Creates a `CreatePricePlanV2Request` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        name: String,
        r#type: crate::models::PricePlanType,
        supported_currencies: Vec<String>,
    ) -> Self {
        Self {
            name,
            description: None,
            r#type,
            pricing_cycle_config: None,
            supported_currencies,
            deferred_revenue: None,
            allow_ongoing_cycle_updates: None,
        }
    }
}
