//! The `PricePlanDetails` model.

use togai_codegen_runtime as rt;

/// The `PricePlanDetails` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct PricePlanDetails {
    /// `supportedCurrencies`
    #[serde(rename = "supportedCurrencies")]
    pub supported_currencies: Vec<String>,
    /// `activeCurrencies`
    ///
    /// Read-only: set by the server.
    #[serde(rename = "activeCurrencies")]
    pub active_currencies: Vec<String>,
    /// `pricingCycleConfig`
    #[serde(rename = "pricingCycleConfig", skip_serializing_if = "Option::is_none")]
    pub pricing_cycle_config: Option<crate::models::PricingCycleConfig>,
    /// `usageRateCards`
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
    /// `entitlementOverageRateCards`
    #[serde(
        rename = "entitlementOverageRateCards",
        skip_serializing_if = "Option::is_none"
    )]
    pub entitlement_overage_rate_cards: Option<Vec<crate::models::EntitlementOverageRateCard>>,
    /// `minimumCommitment`
    #[serde(rename = "minimumCommitment", skip_serializing_if = "Option::is_none")]
    pub minimum_commitment: Option<crate::models::MinimumCommitment>,
    /// `creditGrantRateCards`
    #[serde(
        rename = "creditGrantRateCards",
        skip_serializing_if = "Option::is_none"
    )]
    pub credit_grant_rate_cards: Option<Vec<crate::models::CreditGrantRateCard>>,
    /// `type`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::models::PricePlanType>,
    /// `deferredRevenue`
    #[serde(rename = "deferredRevenue", skip_serializing_if = "Option::is_none")]
    pub deferred_revenue: Option<bool>,
    /// Allow changes to price plan from the beginning of the ongoing cycle.
    /// type: boolean
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_ongoing_cycle_updates: Option<rt::serde_json::Value>,
}

rt::deserialize_struct! {
    PricePlanDetails {
        0 supported_currencies "supportedCurrencies" required,
        1 active_currencies "activeCurrencies" required,
        2 pricing_cycle_config "pricingCycleConfig" optional,
        3 usage_rate_cards "usageRateCards" optional,
        4 fixed_fee_rate_cards "fixedFeeRateCards" optional,
        5 license_rate_cards "licenseRateCards" optional,
        6 billing_entitlement_rate_cards "billingEntitlementRateCards" optional,
        7 entitlement_overage_rate_cards "entitlementOverageRateCards" optional,
        8 minimum_commitment "minimumCommitment" optional,
        9 credit_grant_rate_cards "creditGrantRateCards" optional,
        10 r#type "type" optional,
        11 deferred_revenue "deferredRevenue" optional,
        12 allow_ongoing_cycle_updates "allow_ongoing_cycle_updates" optional,
    }
}
impl PricePlanDetails {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        supported_currencies: impl Into<Vec<String>>,
        active_currencies: impl Into<Vec<String>>,
    ) -> Self {
        Self {
            supported_currencies: supported_currencies.into(),
            active_currencies: active_currencies.into(),
            pricing_cycle_config: None,
            usage_rate_cards: None,
            fixed_fee_rate_cards: None,
            license_rate_cards: None,
            billing_entitlement_rate_cards: None,
            entitlement_overage_rate_cards: None,
            minimum_commitment: None,
            credit_grant_rate_cards: None,
            r#type: None,
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

    /// Sets `entitlement_overage_rate_cards` (`entitlementOverageRateCards`); until set, it is left out.
    pub fn with_entitlement_overage_rate_cards(
        mut self,
        value: impl Into<Vec<crate::models::EntitlementOverageRateCard>>,
    ) -> Self {
        self.entitlement_overage_rate_cards = Some(value.into());
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

    /// Sets `type`; until set, it is left out.
    pub fn with_type(mut self, value: impl Into<crate::models::PricePlanType>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// Sets `deferred_revenue` (`deferredRevenue`); until set, it is left out.
    pub fn with_deferred_revenue(mut self, value: impl Into<bool>) -> Self {
        self.deferred_revenue = Some(value.into());
        self
    }

    /// Sets `allow_ongoing_cycle_updates`; until set, it is left out.
    pub fn with_allow_ongoing_cycle_updates(
        mut self,
        value: impl Into<rt::serde_json::Value>,
    ) -> Self {
        self.allow_ongoing_cycle_updates = Some(value.into());
        self
    }
}
