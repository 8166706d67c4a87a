//! The `CreatePricePlanDetails` model.
/// The `CreatePricePlanDetails` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CreatePricePlanDetails {
    /// `pricingCycleConfig`
    #[serde(rename = "pricingCycleConfig", skip_serializing_if = "Option::is_none")]
    pub pricing_cycle_config: Option<crate::models::PricingCycleConfig>,
    /// List of currencies supported by the price plan
    #[serde(rename = "supportedCurrencies")]
    pub supported_currencies: Vec<String>,
    /// List of usage rate cards
    #[serde(rename = "usageRateCards", skip_serializing_if = "Option::is_none")]
    pub usage_rate_cards: Option<Vec<crate::models::UsageRateCard>>,
    /// `fixedFeeRateCards`
    #[serde(rename = "fixedFeeRateCards", skip_serializing_if = "Option::is_none")]
    pub fixed_fee_rate_cards: Option<Vec<crate::models::FixedFeeRateCard>>,
    /// `licenseRateCards`
    #[serde(rename = "licenseRateCards", skip_serializing_if = "Option::is_none")]
    pub license_rate_cards: Option<Vec<crate::models::LicenseRateCard>>,
    /// `billingEntitlementRateCards`
    #[serde(
        rename = "billingEntitlementRateCards",
        skip_serializing_if = "Option::is_none"
    )]
    pub billing_entitlement_rate_cards: Option<Vec<crate::models::BillingEntitlementRateCard>>,
    /// `minimumCommitment`
    #[serde(rename = "minimumCommitment", skip_serializing_if = "Option::is_none")]
    pub minimum_commitment: Option<crate::models::MinimumCommitment>,
    /// `creditGrantRateCards`
    #[serde(
        rename = "creditGrantRateCards",
        skip_serializing_if = "Option::is_none"
    )]
    pub credit_grant_rate_cards: Option<Vec<crate::models::CreditGrantRateCard>>,
    /// `entitlementOverageRateCards`
    #[serde(
        rename = "entitlementOverageRateCards",
        skip_serializing_if = "Option::is_none"
    )]
    pub entitlement_overage_rate_cards: Option<Vec<crate::models::EntitlementOverageRateCard>>,
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_ongoing_cycle_updates: Option<bool>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CreatePricePlanDetails {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "pricingCycleConfig",
            "supportedCurrencies",
            "usageRateCards",
            "fixedFeeRateCards",
            "licenseRateCards",
            "billingEntitlementRateCards",
            "minimumCommitment",
            "creditGrantRateCards",
            "entitlementOverageRateCards",
            "deferredRevenue",
            "allow_ongoing_cycle_updates",
        ];
        struct CreatePricePlanDetailsVisitor;
        impl<'de> serde::de::Visitor<'de> for CreatePricePlanDetailsVisitor {
            type Value = CreatePricePlanDetails;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CreatePricePlanDetails")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreatePricePlanDetails, A::Error> {
                let mut f0: Option<Option<crate::models::PricingCycleConfig>> = None;
                let mut f1: Option<Vec<String>> = None;
                let mut f2: Option<Option<Vec<crate::models::UsageRateCard>>> = None;
                let mut f3: Option<Option<Vec<crate::models::FixedFeeRateCard>>> = None;
                let mut f4: Option<Option<Vec<crate::models::LicenseRateCard>>> = None;
                let mut f5: Option<Option<Vec<crate::models::BillingEntitlementRateCard>>> = None;
                let mut f6: Option<Option<crate::models::MinimumCommitment>> = None;
                let mut f7: Option<Option<Vec<crate::models::CreditGrantRateCard>>> = None;
                let mut f8: Option<Option<Vec<crate::models::EntitlementOverageRateCard>>> = None;
                let mut f9: Option<Option<bool>> = None;
                let mut f10: Option<Option<bool>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "pricingCycleConfig"),
                        1 => crate::runtime::field(&mut map, &mut f1, "supportedCurrencies"),
                        2 => crate::runtime::field(&mut map, &mut f2, "usageRateCards"),
                        3 => crate::runtime::field(&mut map, &mut f3, "fixedFeeRateCards"),
                        4 => crate::runtime::field(&mut map, &mut f4, "licenseRateCards"),
                        5 => {
                            crate::runtime::field(&mut map, &mut f5, "billingEntitlementRateCards")
                        }
                        6 => crate::runtime::field(&mut map, &mut f6, "minimumCommitment"),
                        7 => crate::runtime::field(&mut map, &mut f7, "creditGrantRateCards"),
                        8 => {
                            crate::runtime::field(&mut map, &mut f8, "entitlementOverageRateCards")
                        }
                        9 => crate::runtime::field(&mut map, &mut f9, "deferredRevenue"),
                        10 => {
                            crate::runtime::field(&mut map, &mut f10, "allow_ongoing_cycle_updates")
                        }
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CreatePricePlanDetails {
                    pricing_cycle_config: f0.unwrap_or_default(),
                    supported_currencies: crate::runtime::required(f1, "supportedCurrencies")?,
                    usage_rate_cards: f2.unwrap_or_default(),
                    fixed_fee_rate_cards: f3.unwrap_or_default(),
                    license_rate_cards: f4.unwrap_or_default(),
                    billing_entitlement_rate_cards: f5.unwrap_or_default(),
                    minimum_commitment: f6.unwrap_or_default(),
                    credit_grant_rate_cards: f7.unwrap_or_default(),
                    entitlement_overage_rate_cards: f8.unwrap_or_default(),
                    deferred_revenue: f9.unwrap_or_default(),
                    allow_ongoing_cycle_updates: f10.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "CreatePricePlanDetails",
            FIELDS,
            CreatePricePlanDetailsVisitor,
        )
    }
}
impl CreatePricePlanDetails {
    /// Creates a `CreatePricePlanDetails` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(supported_currencies: Vec<String>) -> Self {
        Self {
            pricing_cycle_config: None,
            supported_currencies,
            usage_rate_cards: None,
            fixed_fee_rate_cards: None,
            license_rate_cards: None,
            billing_entitlement_rate_cards: None,
            minimum_commitment: None,
            credit_grant_rate_cards: None,
            entitlement_overage_rate_cards: None,
            deferred_revenue: None,
            allow_ongoing_cycle_updates: None,
        }
    }
}
