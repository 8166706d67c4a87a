//! The `RevenueInfo` model.

use togai_codegen_runtime as rt;

/// The `RevenueInfo` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct RevenueInfo {
    /// `usageRateCard`
    #[serde(rename = "usageRateCard", skip_serializing_if = "Option::is_none")]
    pub usage_rate_card: Option<crate::models::UsageRateCard>,
    /// `fixedFeeRateCard`
    #[serde(rename = "fixedFeeRateCard", skip_serializing_if = "Option::is_none")]
    pub fixed_fee_rate_card: Option<crate::models::FixedFeeRateCard>,
    /// `licenseRateCard`
    #[serde(rename = "licenseRateCard", skip_serializing_if = "Option::is_none")]
    pub license_rate_card: Option<crate::models::LicenseRateCard>,
    /// `billingEntitlementRateCard`
    #[serde(
        rename = "billingEntitlementRateCard",
        skip_serializing_if = "Option::is_none"
    )]
    pub billing_entitlement_rate_card: Option<crate::models::BillingEntitlementRateCard>,
    /// `creditGrantRateCard`
    #[serde(
        rename = "creditGrantRateCard",
        skip_serializing_if = "Option::is_none"
    )]
    pub credit_grant_rate_card: Option<crate::models::CreditGrantRateCard>,
    /// `entitlementOverageRateCard`
    #[serde(
        rename = "entitlementOverageRateCard",
        skip_serializing_if = "Option::is_none"
    )]
    pub entitlement_overage_rate_card: Option<crate::models::EntitlementOverageRateCard>,
    /// `usages`
    pub usages: std::collections::BTreeMap<String, f64>,
    /// `fixedFeeRevenueSummary`
    #[serde(
        rename = "fixedFeeRevenueSummary",
        skip_serializing_if = "Option::is_none"
    )]
    pub fixed_fee_revenue_summary: Option<crate::models::FixedFeeRevenueSummary>,
    /// `licenseRevenueSummary`
    #[serde(
        rename = "licenseRevenueSummary",
        skip_serializing_if = "Option::is_none"
    )]
    pub license_revenue_summary: Option<Vec<crate::models::SlabRevenueSummary>>,
    /// `billingEntitlementRevenueSummary`
    #[serde(
        rename = "billingEntitlementRevenueSummary",
        skip_serializing_if = "Option::is_none"
    )]
    pub billing_entitlement_revenue_summary:
        Option<crate::models::BillingEntitlementRevenueSummary>,
    /// `creditGrantRevenueSummary`
    #[serde(
        rename = "creditGrantRevenueSummary",
        skip_serializing_if = "Option::is_none"
    )]
    pub credit_grant_revenue_summary: Option<crate::models::CreditGrantRevenueSummary>,
    /// `entitlementOverageRevenueSummary`
    #[serde(
        rename = "entitlementOverageRevenueSummary",
        skip_serializing_if = "Option::is_none"
    )]
    pub entitlement_overage_revenue_summary:
        Option<crate::models::EntitlementOverageRevenueSummary>,
    /// `slabRevenueSummaries`
    #[serde(
        rename = "slabRevenueSummaries",
        skip_serializing_if = "Option::is_none"
    )]
    pub slab_revenue_summaries: Option<Vec<crate::models::SlabRevenueSummary>>,
}

rt::deserialize_struct! {
    RevenueInfo { 0 usage_rate_card "usageRateCard" optional, 1 fixed_fee_rate_card
    "fixedFeeRateCard" optional, 2 license_rate_card "licenseRateCard" optional, 3
    billing_entitlement_rate_card "billingEntitlementRateCard" optional, 4
    credit_grant_rate_card "creditGrantRateCard" optional, 5
    entitlement_overage_rate_card "entitlementOverageRateCard" optional, 6 usages
    "usages" required, 7 fixed_fee_revenue_summary "fixedFeeRevenueSummary" optional, 8
    license_revenue_summary "licenseRevenueSummary" optional, 9
    billing_entitlement_revenue_summary "billingEntitlementRevenueSummary" optional, 10
    credit_grant_revenue_summary "creditGrantRevenueSummary" optional, 11
    entitlement_overage_revenue_summary "entitlementOverageRevenueSummary" optional, 12
    slab_revenue_summaries "slabRevenueSummaries" optional, }
}

impl RevenueInfo {
    /// Creates a `RevenueInfo` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(usages: std::collections::BTreeMap<String, f64>) -> Self {
        Self {
            usage_rate_card: None,
            fixed_fee_rate_card: None,
            license_rate_card: None,
            billing_entitlement_rate_card: None,
            credit_grant_rate_card: None,
            entitlement_overage_rate_card: None,
            usages,
            fixed_fee_revenue_summary: None,
            license_revenue_summary: None,
            billing_entitlement_revenue_summary: None,
            credit_grant_revenue_summary: None,
            entitlement_overage_revenue_summary: None,
            slab_revenue_summaries: None,
        }
    }
}
