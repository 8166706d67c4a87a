//! The `RevenueInfoV2` model.

use togai_codegen_runtime as rt;

/// The `RevenueInfoV2` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct RevenueInfoV2 {
    /// `rateCard`
    #[serde(rename = "rateCard")]
    pub rate_card: crate::models::RateCard,
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
    RevenueInfoV2 {
        0 rate_card "rateCard" required,
        1 usages "usages" required,
        2 fixed_fee_revenue_summary "fixedFeeRevenueSummary" optional,
        3 license_revenue_summary "licenseRevenueSummary" optional,
        4 billing_entitlement_revenue_summary "billingEntitlementRevenueSummary" optional,
        5 credit_grant_revenue_summary "creditGrantRevenueSummary" optional,
        6 entitlement_overage_revenue_summary "entitlementOverageRevenueSummary" optional,
        7 slab_revenue_summaries "slabRevenueSummaries" optional,
    }
}
impl RevenueInfoV2 {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        rate_card: impl Into<crate::models::RateCard>,
        usages: impl Into<std::collections::BTreeMap<String, f64>>,
    ) -> Self {
        Self {
            rate_card: rate_card.into(),
            usages: usages.into(),
            fixed_fee_revenue_summary: None,
            license_revenue_summary: None,
            billing_entitlement_revenue_summary: None,
            credit_grant_revenue_summary: None,
            entitlement_overage_revenue_summary: None,
            slab_revenue_summaries: None,
        }
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
