//! The `PricePlanDetailsOverride` model.
/// The `PricePlanDetailsOverride` schema.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PricePlanDetailsOverride {
    /// `pricingCycleConfig`
    #[serde(
        rename = "pricingCycleConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pricing_cycle_config: Option<crate::models::PricingCycleConfig>,
    /// `supportedCurrencies`
    #[serde(
        rename = "supportedCurrencies",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub supported_currencies: Option<Vec<String>>,
    /// `usageRateCards`
    #[serde(
        rename = "usageRateCards",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub usage_rate_cards: Option<Vec<crate::models::UsageRateCard>>,
    /// `billingEntitlementRateCards`
    #[serde(
        rename = "billingEntitlementRateCards",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub billing_entitlement_rate_cards: Option<Vec<crate::models::BillingEntitlementRateCard>>,
    /// `entitlementOverageRateCards`
    #[serde(
        rename = "entitlementOverageRateCards",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub entitlement_overage_rate_cards: Option<Vec<crate::models::EntitlementOverageRateCard>>,
    /// `fixedFeeRateCards`
    #[serde(
        rename = "fixedFeeRateCards",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub fixed_fee_rate_cards: Option<Vec<crate::models::FixedFeeRateCard>>,
    /// `licenseRateCards`
    #[serde(
        rename = "licenseRateCards",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub license_rate_cards: Option<Vec<crate::models::LicenseRateCard>>,
    /// `minimumCommitment`
    #[serde(
        rename = "minimumCommitment",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub minimum_commitment: Option<crate::models::MinimumCommitment>,
    /// `creditGrantRateCards`
    #[serde(
        rename = "creditGrantRateCards",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub credit_grant_rate_cards: Option<Vec<crate::models::CreditGrantRateCard>>,
}
