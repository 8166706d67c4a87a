//! The `CreatePricePlanDetails` model.

use togai_codegen_runtime as rt;

/// The `CreatePricePlanDetails` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct CreatePricePlanDetails {
    /// `pricingCycleConfig`
    #[serde(rename = "pricingCycleConfig", skip_serializing_if = "Option::is_none")]
    pub pricing_cycle_config: Option<crate::models::PricingCycleConfig>,
    /// List of currencies supported by the price plan
    #[serde(rename = "supportedCurrencies")]
    pub supported_currencies: Vec<String>,
    /// List of usage rate cards
    #[serde(rename = "usageRateCards", skip_serializing_if = "Option::is_none")]
    pub usage_rate_cards: Option<Vec<crate::models::UsageRateCard>>,
    /// `fixedFeeRateCards`
    #[serde(rename = "fixedFeeRateCards", skip_serializing_if = "Option::is_none")]
    pub fixed_fee_rate_cards: Option<Vec<crate::models::FixedFeeRateCard>>,
    /// `licenseRateCards`
    #[serde(rename = "licenseRateCards", skip_serializing_if = "Option::is_none")]
    pub license_rate_cards: Option<Vec<crate::models::LicenseRateCard>>,
    /// `billingEntitlementRateCards`
    #[serde(
        rename = "billingEntitlementRateCards",
        skip_serializing_if = "Option::is_none"
    )]
    pub billing_entitlement_rate_cards: Option<Vec<crate::models::BillingEntitlementRateCard>>,
    /// `minimumCommitment`
    #[serde(rename = "minimumCommitment", skip_serializing_if = "Option::is_none")]
    pub minimum_commitment: Option<crate::models::MinimumCommitment>,
    /// `creditGrantRateCards`
    #[serde(
        rename = "creditGrantRateCards",
        skip_serializing_if = "Option::is_none"
    )]
    pub credit_grant_rate_cards: Option<Vec<crate::models::CreditGrantRateCard>>,
    /// `entitlementOverageRateCards`
    #[serde(
        rename = "entitlementOverageRateCards",
        skip_serializing_if = "Option::is_none"
    )]
    pub entitlement_overage_rate_cards: Option<Vec<crate::models::EntitlementOverageRateCard>>,
    /// This option can be enabled while creating a price plan to opt for deferred revenue finalization.
    /// i.e, Togai will assume that the price plan may change any time during the pricing cycle and
    /// thereby does not compute the revenue in near-real time.
    /// This gives the flexibility of editing rate cards in price plan from beginning of the pricing cycle.
    /// Enabling this mode comes with the following limitations.
    /// 1. Following rate cards are not supported under a `deferredRevenue` plan
    ///    * creditGrantRateCards,
    ///    * billingEntitlementRateCards,
    ///    * entitlementOverageRateCards,
    ///    * IN_ADVANCE fixedFeeRateCards,
    ///    * IN_ADVANCE licenseRateCards
    /// 2. Metrics API return revenue metrics only after the grace period of the account's pricing cycle
    ///    (i.e, only once the invoice becomes DUE)
    #[serde(rename = "deferredRevenue", skip_serializing_if = "Option::is_none")]
    pub deferred_revenue: Option<bool>,
    /// Allow changes to price plan from the beginning of the ongoing cycle.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_ongoing_cycle_updates: Option<bool>,
}

rt::deserialize_struct! {
    CreatePricePlanDetails {
        0 pricing_cycle_config "pricingCycleConfig" optional,
        1 supported_currencies "supportedCurrencies" required,
        2 usage_rate_cards "usageRateCards" optional,
        3 fixed_fee_rate_cards "fixedFeeRateCards" optional,
        4 license_rate_cards "licenseRateCards" optional,
        5 billing_entitlement_rate_cards "billingEntitlementRateCards" optional,
        6 minimum_commitment "minimumCommitment" optional,
        7 credit_grant_rate_cards "creditGrantRateCards" optional,
        8 entitlement_overage_rate_cards "entitlementOverageRateCards" optional,
        9 deferred_revenue "deferredRevenue" optional,
        10 allow_ongoing_cycle_updates "allow_ongoing_cycle_updates" optional,
    }
}
impl CreatePricePlanDetails {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(supported_currencies: impl Into<Vec<String>>) -> Self {
        Self {
            pricing_cycle_config: None,
            supported_currencies: supported_currencies.into(),
            usage_rate_cards: None,
            fixed_fee_rate_cards: None,
            license_rate_cards: None,
            billing_entitlement_rate_cards: None,
            minimum_commitment: None,
            credit_grant_rate_cards: None,
            entitlement_overage_rate_cards: None,
            deferred_revenue: None,
            allow_ongoing_cycle_updates: None,
        }
    }

    /// Sets `pricing_cycle_config` (`pricingCycleConfig`); until set, it is left out.
    pub fn with_pricing_cycle_config(
        mut self,
        value: impl Into<crate::models::PricingCycleConfig>,
    ) -> Self {
        self.pricing_cycle_config = Some(value.into());
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

    /// Sets `billing_entitlement_rate_cards` (`billingEntitlementRateCards`); until set, it is left out.
    pub fn with_billing_entitlement_rate_cards(
        mut self,
        value: impl Into<Vec<crate::models::BillingEntitlementRateCard>>,
    ) -> Self {
        self.billing_entitlement_rate_cards = Some(value.into());
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

    /// Sets `entitlement_overage_rate_cards` (`entitlementOverageRateCards`); until set, it is left out.
    pub fn with_entitlement_overage_rate_cards(
        mut self,
        value: impl Into<Vec<crate::models::EntitlementOverageRateCard>>,
    ) -> Self {
        self.entitlement_overage_rate_cards = Some(value.into());
        self
    }

    /// Sets `deferred_revenue` (`deferredRevenue`); until set, it is left out.
    pub fn with_deferred_revenue(mut self, value: impl Into<bool>) -> Self {
        self.deferred_revenue = Some(value.into());
        self
    }

    /// Sets `allow_ongoing_cycle_updates`; until set, it is left out.
    pub fn with_allow_ongoing_cycle_updates(mut self, value: impl Into<bool>) -> Self {
        self.allow_ongoing_cycle_updates = Some(value.into());
        self
    }
}
