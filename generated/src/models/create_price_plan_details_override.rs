//! The `CreatePricePlanDetailsOverride` model.
/// The `CreatePricePlanDetailsOverride` schema.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct CreatePricePlanDetailsOverride {
    /// `pricingCycleConfig`
    #[serde(rename = "pricingCycleConfig", skip_serializing_if = "Option::is_none")]
    pub pricing_cycle_config: Option<crate::models::PricingCycleConfig>,
    /// `supportedCurrencies`
    #[serde(
        rename = "supportedCurrencies",
        skip_serializing_if = "Option::is_none"
    )]
    pub supported_currencies: Option<Vec<String>>,
    /// `usageRateCards`
    #[serde(rename = "usageRateCards", skip_serializing_if = "Option::is_none")]
    pub usage_rate_cards: Option<Vec<crate::models::UsageRateCard>>,
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
    /// `fixedFeeRateCards`
    #[serde(rename = "fixedFeeRateCards", skip_serializing_if = "Option::is_none")]
    pub fixed_fee_rate_cards: Option<Vec<crate::models::FixedFeeRateCard>>,
    /// `licenseRateCards`
    #[serde(rename = "licenseRateCards", skip_serializing_if = "Option::is_none")]
    pub license_rate_cards: Option<Vec<crate::models::LicenseRateCard>>,
    /// `minimumCommitment`
    #[serde(rename = "minimumCommitment", skip_serializing_if = "Option::is_none")]
    pub minimum_commitment: Option<crate::models::MinimumCommitment>,
    /// `creditGrantRateCards`
    #[serde(
        rename = "creditGrantRateCards",
        skip_serializing_if = "Option::is_none"
    )]
    pub credit_grant_rate_cards: Option<Vec<crate::models::CreditGrantRateCard>>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CreatePricePlanDetailsOverride {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "pricingCycleConfig",
            "supportedCurrencies",
            "usageRateCards",
            "billingEntitlementRateCards",
            "entitlementOverageRateCards",
            "fixedFeeRateCards",
            "licenseRateCards",
            "minimumCommitment",
            "creditGrantRateCards",
        ];
        struct CreatePricePlanDetailsOverrideVisitor;
        impl<'de> serde::de::Visitor<'de> for CreatePricePlanDetailsOverrideVisitor {
            type Value = CreatePricePlanDetailsOverride;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CreatePricePlanDetailsOverride")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreatePricePlanDetailsOverride, A::Error> {
                let mut f0: Option<Option<crate::models::PricingCycleConfig>> = None;
                let mut f1: Option<Option<Vec<String>>> = None;
                let mut f2: Option<Option<Vec<crate::models::UsageRateCard>>> = None;
                let mut f3: Option<Option<Vec<crate::models::BillingEntitlementRateCard>>> = None;
                let mut f4: Option<Option<Vec<crate::models::EntitlementOverageRateCard>>> = None;
                let mut f5: Option<Option<Vec<crate::models::FixedFeeRateCard>>> = None;
                let mut f6: Option<Option<Vec<crate::models::LicenseRateCard>>> = None;
                let mut f7: Option<Option<crate::models::MinimumCommitment>> = None;
                let mut f8: Option<Option<Vec<crate::models::CreditGrantRateCard>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "pricingCycleConfig"),
                        1 => crate::runtime::field(&mut map, &mut f1, "supportedCurrencies"),
                        2 => crate::runtime::field(&mut map, &mut f2, "usageRateCards"),
                        3 => {
                            crate::runtime::field(&mut map, &mut f3, "billingEntitlementRateCards")
                        }
                        4 => {
                            crate::runtime::field(&mut map, &mut f4, "entitlementOverageRateCards")
                        }
                        5 => crate::runtime::field(&mut map, &mut f5, "fixedFeeRateCards"),
                        6 => crate::runtime::field(&mut map, &mut f6, "licenseRateCards"),
                        7 => crate::runtime::field(&mut map, &mut f7, "minimumCommitment"),
                        8 => crate::runtime::field(&mut map, &mut f8, "creditGrantRateCards"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CreatePricePlanDetailsOverride {
                    pricing_cycle_config: f0.unwrap_or_default(),
                    supported_currencies: f1.unwrap_or_default(),
                    usage_rate_cards: f2.unwrap_or_default(),
                    billing_entitlement_rate_cards: f3.unwrap_or_default(),
                    entitlement_overage_rate_cards: f4.unwrap_or_default(),
                    fixed_fee_rate_cards: f5.unwrap_or_default(),
                    license_rate_cards: f6.unwrap_or_default(),
                    minimum_commitment: f7.unwrap_or_default(),
                    credit_grant_rate_cards: f8.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "CreatePricePlanDetailsOverride",
            FIELDS,
            CreatePricePlanDetailsOverrideVisitor,
        )
    }
}
