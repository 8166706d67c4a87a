//! The `PricePlanDetailsOverride` model.

use togai_codegen_runtime as rt;

/// The `PricePlanDetailsOverride` schema.
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct PricePlanDetailsOverride {
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
    PricePlanDetailsOverride {
        0 pricing_cycle_config "pricingCycleConfig" optional,
        1 supported_currencies "supportedCurrencies" optional,
        2 usage_rate_cards "usageRateCards" optional,
        3 billing_entitlement_rate_cards "billingEntitlementRateCards" optional,
        4 entitlement_overage_rate_cards "entitlementOverageRateCards" optional,
        5 fixed_fee_rate_cards "fixedFeeRateCards" optional,
        6 license_rate_cards "licenseRateCards" optional,
        7 minimum_commitment "minimumCommitment" optional,
        8 credit_grant_rate_cards "creditGrantRateCards" optional,
    }
}
impl PricePlanDetailsOverride {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `pricing_cycle_config` (`pricingCycleConfig`); until set, it is left out.
    pub fn with_pricing_cycle_config(
        mut self,
        value: impl Into<crate::models::PricingCycleConfig>,
    ) -> Self {
        self.pricing_cycle_config = Some(value.into());
        self
    }

    /// Sets `supported_currencies` (`supportedCurrencies`); until set, it is left out.
    pub fn with_supported_currencies(mut self, value: impl Into<Vec<String>>) -> Self {
        self.supported_currencies = Some(value.into());
        self
    }

    /// Sets `usage_rate_cards` (`usageRateCards`); until set, it is left out.
    pub fn with_usage_rate_cards(
        mut self,
        value: impl Into<Vec<crate::models::UsageRateCard>>,
    ) -> Self {
        self.usage_rate_cards = Some(value.into());
        self
    }

    /// Sets `billing_entitlement_rate_cards` (`billingEntitlementRateCards`); until set, it is left out.
    pub fn with_billing_entitlement_rate_cards(
        mut self,
        value: impl Into<Vec<crate::models::BillingEntitlementRateCard>>,
    ) -> Self {
        self.billing_entitlement_rate_cards = Some(value.into());
        self
    }

    /// Sets `entitlement_overage_rate_cards` (`entitlementOverageRateCards`); until set, it is left out.
    pub fn with_entitlement_overage_rate_cards(
        mut self,
        value: impl Into<Vec<crate::models::EntitlementOverageRateCard>>,
    ) -> Self {
        self.entitlement_overage_rate_cards = Some(value.into());
        self
    }

    /// Sets `fixed_fee_rate_cards` (`fixedFeeRateCards`); until set, it is left out.
    pub fn with_fixed_fee_rate_cards(
        mut self,
        value: impl Into<Vec<crate::models::FixedFeeRateCard>>,
    ) -> Self {
        self.fixed_fee_rate_cards = Some(value.into());
        self
    }

    /// Sets `license_rate_cards` (`licenseRateCards`); until set, it is left out.
    pub fn with_license_rate_cards(
        mut self,
        value: impl Into<Vec<crate::models::LicenseRateCard>>,
    ) -> Self {
        self.license_rate_cards = Some(value.into());
        self
    }

    /// Sets `minimum_commitment` (`minimumCommitment`); until set, it is left out.
    pub fn with_minimum_commitment(
        mut self,
        value: impl Into<crate::models::MinimumCommitment>,
    ) -> Self {
        self.minimum_commitment = Some(value.into());
        self
    }

    /// Sets `credit_grant_rate_cards` (`creditGrantRateCards`); until set, it is left out.
    pub fn with_credit_grant_rate_cards(
        mut self,
        value: impl Into<Vec<crate::models::CreditGrantRateCard>>,
    ) -> Self {
        self.credit_grant_rate_cards = Some(value.into());
        self
    }
}
