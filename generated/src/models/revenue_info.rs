//! The `RevenueInfo` model.
/// The `RevenueInfo` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RevenueInfo {
    /// `usageRateCard`
    #[serde(
        rename = "usageRateCard",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub usage_rate_card: Option<crate::models::UsageRateCard>,
    /// `fixedFeeRateCard`
    #[serde(
        rename = "fixedFeeRateCard",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub fixed_fee_rate_card: Option<crate::models::FixedFeeRateCard>,
    /// `licenseRateCard`
    #[serde(
        rename = "licenseRateCard",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub license_rate_card: Option<crate::models::LicenseRateCard>,
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
    /// `entitlementOverageRateCard`
    #[serde(
        rename = "entitlementOverageRateCard",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub entitlement_overage_rate_card: Option<crate::models::EntitlementOverageRateCard>,
    /// `usages`
    pub usages: std::collections::BTreeMap<String, f64>,
    /// `fixedFeeRevenueSummary`
    #[serde(
        rename = "fixedFeeRevenueSummary",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub fixed_fee_revenue_summary: Option<crate::models::FixedFeeRevenueSummary>,
    /// `licenseRevenueSummary`
    #[serde(
        rename = "licenseRevenueSummary",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub license_revenue_summary: Option<Vec<crate::models::SlabRevenueSummary>>,
    /// `billingEntitlementRevenueSummary`
    #[serde(
        rename = "billingEntitlementRevenueSummary",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub billing_entitlement_revenue_summary:
        Option<crate::models::BillingEntitlementRevenueSummary>,
    /// `creditGrantRevenueSummary`
    #[serde(
        rename = "creditGrantRevenueSummary",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub credit_grant_revenue_summary: Option<crate::models::CreditGrantRevenueSummary>,
    /// `entitlementOverageRevenueSummary`
    #[serde(
        rename = "entitlementOverageRevenueSummary",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub entitlement_overage_revenue_summary:
        Option<crate::models::EntitlementOverageRevenueSummary>,
    /// `slabRevenueSummaries`
    #[serde(
        rename = "slabRevenueSummaries",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub slab_revenue_summaries: Option<Vec<crate::models::SlabRevenueSummary>>,
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
