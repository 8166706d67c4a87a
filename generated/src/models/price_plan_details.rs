//! The `PricePlanDetails` model.
/// The `PricePlanDetails` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PricePlanDetails {
    /// `supportedCurrencies`
    #[serde(rename = "supportedCurrencies")]
    pub supported_currencies: Vec<String>,
    /// `activeCurrencies`
    ///
    /// Read-only: set by the server.
    #[serde(rename = "activeCurrencies")]
    pub active_currencies: Vec<String>,
    /// `pricingCycleConfig`
    #[serde(rename = "pricingCycleConfig", skip_serializing_if = "Option::is_none")]
    pub pricing_cycle_config: Option<crate::models::PricingCycleConfig>,
    /// `usageRateCards`
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
    /// `entitlementOverageRateCards`
    #[serde(
        rename = "entitlementOverageRateCards",
        skip_serializing_if = "Option::is_none"
    )]
    pub entitlement_overage_rate_cards: Option<Vec<crate::models::EntitlementOverageRateCard>>,
    /// `minimumCommitment`
    #[serde(rename = "minimumCommitment", skip_serializing_if = "Option::is_none")]
    pub minimum_commitment: Option<crate::models::MinimumCommitment>,
    /// `creditGrantRateCards`
    #[serde(
        rename = "creditGrantRateCards",
        skip_serializing_if = "Option::is_none"
    )]
    pub credit_grant_rate_cards: Option<Vec<crate::models::CreditGrantRateCard>>,
    /// `type`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::models::PricePlanType>,
    /// `deferredRevenue`
    #[serde(rename = "deferredRevenue", skip_serializing_if = "Option::is_none")]
    pub deferred_revenue: Option<bool>,
    /// Allow changes to price plan from the beginning of the ongoing cycle.
    /// type: boolean
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_ongoing_cycle_updates: Option<serde_json::Value>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for PricePlanDetails {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "supportedCurrencies",
            "activeCurrencies",
            "pricingCycleConfig",
            "usageRateCards",
            "fixedFeeRateCards",
            "licenseRateCards",
            "billingEntitlementRateCards",
            "entitlementOverageRateCards",
            "minimumCommitment",
            "creditGrantRateCards",
            "type",
            "deferredRevenue",
            "allow_ongoing_cycle_updates",
        ];
        struct PricePlanDetailsVisitor;
        impl<'de> serde::de::Visitor<'de> for PricePlanDetailsVisitor {
            type Value = PricePlanDetails;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct PricePlanDetails")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<PricePlanDetails, A::Error> {
                let mut f0: Option<Vec<String>> = None;
                let mut f1: Option<Vec<String>> = None;
                let mut f2: Option<Option<crate::models::PricingCycleConfig>> = None;
                let mut f3: Option<Option<Vec<crate::models::UsageRateCard>>> = None;
                let mut f4: Option<Option<Vec<crate::models::FixedFeeRateCard>>> = None;
                let mut f5: Option<Option<Vec<crate::models::LicenseRateCard>>> = None;
                let mut f6: Option<Option<Vec<crate::models::BillingEntitlementRateCard>>> = None;
                let mut f7: Option<Option<Vec<crate::models::EntitlementOverageRateCard>>> = None;
                let mut f8: Option<Option<crate::models::MinimumCommitment>> = None;
                let mut f9: Option<Option<Vec<crate::models::CreditGrantRateCard>>> = None;
                let mut f10: Option<Option<crate::models::PricePlanType>> = None;
                let mut f11: Option<Option<bool>> = None;
                let mut f12: Option<Option<serde_json::Value>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "supportedCurrencies"),
                        1 => crate::runtime::field(&mut map, &mut f1, "activeCurrencies"),
                        2 => crate::runtime::field(&mut map, &mut f2, "pricingCycleConfig"),
                        3 => crate::runtime::field(&mut map, &mut f3, "usageRateCards"),
                        4 => crate::runtime::field(&mut map, &mut f4, "fixedFeeRateCards"),
                        5 => crate::runtime::field(&mut map, &mut f5, "licenseRateCards"),
                        6 => {
                            crate::runtime::field(&mut map, &mut f6, "billingEntitlementRateCards")
                        }
                        7 => {
                            crate::runtime::field(&mut map, &mut f7, "entitlementOverageRateCards")
                        }
                        8 => crate::runtime::field(&mut map, &mut f8, "minimumCommitment"),
                        9 => crate::runtime::field(&mut map, &mut f9, "creditGrantRateCards"),
                        10 => crate::runtime::field(&mut map, &mut f10, "type"),
                        11 => crate::runtime::field(&mut map, &mut f11, "deferredRevenue"),
                        12 => {
                            crate::runtime::field(&mut map, &mut f12, "allow_ongoing_cycle_updates")
                        }
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(PricePlanDetails {
                    supported_currencies: crate::runtime::required(f0, "supportedCurrencies")?,
                    active_currencies: crate::runtime::required(f1, "activeCurrencies")?,
                    pricing_cycle_config: f2.unwrap_or_default(),
                    usage_rate_cards: f3.unwrap_or_default(),
                    fixed_fee_rate_cards: f4.unwrap_or_default(),
                    license_rate_cards: f5.unwrap_or_default(),
                    billing_entitlement_rate_cards: f6.unwrap_or_default(),
                    entitlement_overage_rate_cards: f7.unwrap_or_default(),
                    minimum_commitment: f8.unwrap_or_default(),
                    credit_grant_rate_cards: f9.unwrap_or_default(),
                    r#type: f10.unwrap_or_default(),
                    deferred_revenue: f11.unwrap_or_default(),
                    allow_ongoing_cycle_updates: f12.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("PricePlanDetails", FIELDS, PricePlanDetailsVisitor)
    }
}
impl PricePlanDetails {
    /// Creates a `PricePlanDetails` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(supported_currencies: Vec<String>, active_currencies: Vec<String>) -> Self {
        Self {
            supported_currencies,
            active_currencies,
            pricing_cycle_config: None,
            usage_rate_cards: None,
            fixed_fee_rate_cards: None,
            license_rate_cards: None,
            billing_entitlement_rate_cards: None,
            entitlement_overage_rate_cards: None,
            minimum_commitment: None,
            credit_grant_rate_cards: None,
            r#type: None,
            deferred_revenue: None,
            allow_ongoing_cycle_updates: None,
        }
    }
}
