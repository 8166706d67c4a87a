//! The `RateCardDetails` model.
/// Rate card details
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RateCardDetails {
    /// `fixedFeeRateCard`
    #[serde(
        rename = "fixedFeeRateCard",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub fixed_fee_rate_card: Option<crate::models::FixedFeeRateCard>,
    /// `billingEntitlementRateCard`
    #[serde(
        rename = "billingEntitlementRateCard",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub billing_entitlement_rate_card: Option<crate::models::BillingEntitlementRateCard>,
    /// `creditGrantRateCard`
    #[serde(
        rename = "creditGrantRateCard",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub credit_grant_rate_card: Option<crate::models::CreditGrantRateCard>,
    /// `usageRateCard`
    #[serde(
        rename = "usageRateCard",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub usage_rate_card: Option<crate::models::UsageRateCard>,
    /// `licenseRateCard`
    #[serde(
        rename = "licenseRateCard",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub license_rate_card: Option<crate::models::LicenseRateCard>,
    /// `entitlementOverageRateCard`
    #[serde(
        rename = "entitlementOverageRateCard",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub entitlement_overage_rate_card: Option<crate::models::EntitlementOverageRateCard>,
    /// `minimumCommitmentRateCard`
    #[serde(
        rename = "minimumCommitmentRateCard",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub minimum_commitment_rate_card: Option<crate::models::MinimumCommitment>,
}
