//! The `RevenueInfo` model.

use togai_codegen_runtime as rt;

/// The `RevenueInfo` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    RevenueInfo {
        0 usage_rate_card "usageRateCard" optional,
        1 fixed_fee_rate_card "fixedFeeRateCard" optional,
        2 license_rate_card "licenseRateCard" optional,
        3 billing_entitlement_rate_card "billingEntitlementRateCard" optional,
        4 credit_grant_rate_card "creditGrantRateCard" optional,
        5 entitlement_overage_rate_card "entitlementOverageRateCard" optional,
        6 usages "usages" required,
        7 fixed_fee_revenue_summary "fixedFeeRevenueSummary" optional,
        8 license_revenue_summary "licenseRevenueSummary" optional,
        9 billing_entitlement_revenue_summary "billingEntitlementRevenueSummary" optional,
        10 credit_grant_revenue_summary "creditGrantRevenueSummary" optional,
        11 entitlement_overage_revenue_summary "entitlementOverageRevenueSummary" optional,
        12 slab_revenue_summaries "slabRevenueSummaries" optional,
    }
}
impl RevenueInfo {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(usages: impl Into<std::collections::BTreeMap<String, f64>>) -> Self {
        Self {
            usage_rate_card: None,
            fixed_fee_rate_card: None,
            license_rate_card: None,
            billing_entitlement_rate_card: None,
            credit_grant_rate_card: None,
            entitlement_overage_rate_card: None,
            usages: usages.into(),
            fixed_fee_revenue_summary: None,
            license_revenue_summary: None,
            billing_entitlement_revenue_summary: None,
            credit_grant_revenue_summary: None,
            entitlement_overage_revenue_summary: None,
            slab_revenue_summaries: None,
        }
    }

    /// Sets `usage_rate_card` (`usageRateCard`); until set, it is left out.
    pub fn with_usage_rate_card(mut self, value: impl Into<crate::models::UsageRateCard>) -> Self {
        self.usage_rate_card = Some(value.into());
        self
    }

    /// Sets `fixed_fee_rate_card` (`fixedFeeRateCard`); until set, it is left out.
    pub fn with_fixed_fee_rate_card(
        mut self,
        value: impl Into<crate::models::FixedFeeRateCard>,
    ) -> Self {
        self.fixed_fee_rate_card = Some(value.into());
        self
    }

    /// Sets `license_rate_card` (`licenseRateCard`); until set, it is left out.
    pub fn with_license_rate_card(
        mut self,
        value: impl Into<crate::models::LicenseRateCard>,
    ) -> Self {
        self.license_rate_card = Some(value.into());
        self
    }

    /// Sets `billing_entitlement_rate_card` (`billingEntitlementRateCard`); until set, it is left out.
    pub fn with_billing_entitlement_rate_card(
        mut self,
        value: impl Into<crate::models::BillingEntitlementRateCard>,
    ) -> Self {
        self.billing_entitlement_rate_card = Some(value.into());
        self
    }

    /// Sets `credit_grant_rate_card` (`creditGrantRateCard`); until set, it is left out.
    pub fn with_credit_grant_rate_card(
        mut self,
        value: impl Into<crate::models::CreditGrantRateCard>,
    ) -> Self {
        self.credit_grant_rate_card = Some(value.into());
        self
    }

    /// Sets `entitlement_overage_rate_card` (`entitlementOverageRateCard`); until set, it is left out.
    pub fn with_entitlement_overage_rate_card(
        mut self,
        value: impl Into<crate::models::EntitlementOverageRateCard>,
    ) -> Self {
        self.entitlement_overage_rate_card = Some(value.into());
        self
    }

    /// Sets `fixed_fee_revenue_summary` (`fixedFeeRevenueSummary`); until set, it is left out.
    pub fn with_fixed_fee_revenue_summary(
        mut self,
        value: impl Into<crate::models::FixedFeeRevenueSummary>,
    ) -> Self {
        self.fixed_fee_revenue_summary = Some(value.into());
        self
    }

    /// Sets `license_revenue_summary` (`licenseRevenueSummary`); until set, it is left out.
    pub fn with_license_revenue_summary(
        mut self,
        value: impl Into<Vec<crate::models::SlabRevenueSummary>>,
    ) -> Self {
        self.license_revenue_summary = Some(value.into());
        self
    }

    /// Sets `billing_entitlement_revenue_summary` (`billingEntitlementRevenueSummary`); until set, it is left out.
    pub fn with_billing_entitlement_revenue_summary(
        mut self,
        value: impl Into<crate::models::BillingEntitlementRevenueSummary>,
    ) -> Self {
        self.billing_entitlement_revenue_summary = Some(value.into());
        self
    }

    /// Sets `credit_grant_revenue_summary` (`creditGrantRevenueSummary`); until set, it is left out.
    pub fn with_credit_grant_revenue_summary(
        mut self,
        value: impl Into<crate::models::CreditGrantRevenueSummary>,
    ) -> Self {
        self.credit_grant_revenue_summary = Some(value.into());
        self
    }

    /// Sets `entitlement_overage_revenue_summary` (`entitlementOverageRevenueSummary`); until set, it is left out.
    pub fn with_entitlement_overage_revenue_summary(
        mut self,
        value: impl Into<crate::models::EntitlementOverageRevenueSummary>,
    ) -> Self {
        self.entitlement_overage_revenue_summary = Some(value.into());
        self
    }

    /// Sets `slab_revenue_summaries` (`slabRevenueSummaries`); until set, it is left out.
    pub fn with_slab_revenue_summaries(
        mut self,
        value: impl Into<Vec<crate::models::SlabRevenueSummary>>,
    ) -> Self {
        self.slab_revenue_summaries = Some(value.into());
        self
    }
}
