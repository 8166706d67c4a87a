//! The `RateCardDetails` model.

use togai_codegen_runtime as rt;

/// Rate card details
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct RateCardDetails {
    /// `fixedFeeRateCard`
    #[serde(rename = "fixedFeeRateCard", skip_serializing_if = "Option::is_none")]
    pub fixed_fee_rate_card: Option<crate::models::FixedFeeRateCard>,
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
    /// `usageRateCard`
    #[serde(rename = "usageRateCard", skip_serializing_if = "Option::is_none")]
    pub usage_rate_card: Option<crate::models::UsageRateCard>,
    /// `licenseRateCard`
    #[serde(rename = "licenseRateCard", skip_serializing_if = "Option::is_none")]
    pub license_rate_card: Option<crate::models::LicenseRateCard>,
    /// `entitlementOverageRateCard`
    #[serde(
        rename = "entitlementOverageRateCard",
        skip_serializing_if = "Option::is_none"
    )]
    pub entitlement_overage_rate_card: Option<crate::models::EntitlementOverageRateCard>,
    /// `minimumCommitmentRateCard`
    #[serde(
        rename = "minimumCommitmentRateCard",
        skip_serializing_if = "Option::is_none"
    )]
    pub minimum_commitment_rate_card: Option<crate::models::MinimumCommitment>,
}

rt::deserialize_struct! {
    RateCardDetails {
        0 fixed_fee_rate_card "fixedFeeRateCard" optional,
        1 billing_entitlement_rate_card "billingEntitlementRateCard" optional,
        2 credit_grant_rate_card "creditGrantRateCard" optional,
        3 usage_rate_card "usageRateCard" optional,
        4 license_rate_card "licenseRateCard" optional,
        5 entitlement_overage_rate_card "entitlementOverageRateCard" optional,
        6 minimum_commitment_rate_card "minimumCommitmentRateCard" optional,
    }
}
impl RateCardDetails {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `fixed_fee_rate_card` (`fixedFeeRateCard`); until set, it is left out.
    pub fn with_fixed_fee_rate_card(
        mut self,
        value: impl Into<crate::models::FixedFeeRateCard>,
    ) -> Self {
        self.fixed_fee_rate_card = Some(value.into());
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

    /// Sets `usage_rate_card` (`usageRateCard`); until set, it is left out.
    pub fn with_usage_rate_card(mut self, value: impl Into<crate::models::UsageRateCard>) -> Self {
        self.usage_rate_card = Some(value.into());
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

    /// Sets `entitlement_overage_rate_card` (`entitlementOverageRateCard`); until set, it is left out.
    pub fn with_entitlement_overage_rate_card(
        mut self,
        value: impl Into<crate::models::EntitlementOverageRateCard>,
    ) -> Self {
        self.entitlement_overage_rate_card = Some(value.into());
        self
    }

    /// Sets `minimum_commitment_rate_card` (`minimumCommitmentRateCard`); until set, it is left out.
    pub fn with_minimum_commitment_rate_card(
        mut self,
        value: impl Into<crate::models::MinimumCommitment>,
    ) -> Self {
        self.minimum_commitment_rate_card = Some(value.into());
        self
    }
}
