//! The `CreatePricePlanDetailsOverride` model.

use togai_codegen_runtime as rt;

/// The `CreatePricePlanDetailsOverride` schema.
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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

rt::deserialize_struct! {
    CreatePricePlanDetailsOverride { 0 pricing_cycle_config "pricingCycleConfig"
    optional, 1 supported_currencies "supportedCurrencies" optional, 2 usage_rate_cards
    "usageRateCards" optional, 3 billing_entitlement_rate_cards
    "billingEntitlementRateCards" optional, 4 entitlement_overage_rate_cards
    "entitlementOverageRateCards" optional, 5 fixed_fee_rate_cards "fixedFeeRateCards"
    optional, 6 license_rate_cards "licenseRateCards" optional, 7 minimum_commitment
    "minimumCommitment" optional, 8 credit_grant_rate_cards "creditGrantRateCards"
    optional, }
}
