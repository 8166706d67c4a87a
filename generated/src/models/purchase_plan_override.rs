//! The `PurchasePlanOverride` model.

use togai_codegen_runtime as rt;

/// entitlements override options for purchase of a price plan for an account
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct PurchasePlanOverride {
    /// `fixedFeeRateCards`
    #[serde(rename = "fixedFeeRateCards", skip_serializing_if = "Option::is_none")]
    pub fixed_fee_rate_cards: Option<Vec<crate::models::FixedFeeRateCard>>,
    /// `billingEntitlementRateCards`
    #[serde(
        rename = "billingEntitlementRateCards",
        skip_serializing_if = "Option::is_none"
    )]
    pub billing_entitlement_rate_cards: Option<Vec<crate::models::BillingEntitlementRateCard>>,
    /// `creditGrantRateCards`
    #[serde(
        rename = "creditGrantRateCards",
        skip_serializing_if = "Option::is_none"
    )]
    pub credit_grant_rate_cards: Option<Vec<crate::models::CreditGrantRateCard>>,
}

rt::deserialize_struct! {
    PurchasePlanOverride {
        0 fixed_fee_rate_cards "fixedFeeRateCards" optional,
        1 billing_entitlement_rate_cards "billingEntitlementRateCards" optional,
        2 credit_grant_rate_cards "creditGrantRateCards" optional,
    }
}
impl PurchasePlanOverride {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `fixed_fee_rate_cards` (`fixedFeeRateCards`); until set, it is left out.
    pub fn with_fixed_fee_rate_cards(
        mut self,
        value: impl Into<Vec<crate::models::FixedFeeRateCard>>,
    ) -> Self {
        self.fixed_fee_rate_cards = Some(value.into());
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

    /// Sets `credit_grant_rate_cards` (`creditGrantRateCards`); until set, it is left out.
    pub fn with_credit_grant_rate_cards(
        mut self,
        value: impl Into<Vec<crate::models::CreditGrantRateCard>>,
    ) -> Self {
        self.credit_grant_rate_cards = Some(value.into());
        self
    }
}
