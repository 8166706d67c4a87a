//! The `PurchasePlanOverride` model.

use togai_codegen_runtime as rt;

/// entitlements override options for purchase of a price plan for an account
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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
    PurchasePlanOverride { 0 fixed_fee_rate_cards "fixedFeeRateCards" optional, 1
    billing_entitlement_rate_cards "billingEntitlementRateCards" optional, 2
    credit_grant_rate_cards "creditGrantRateCards" optional, }
}
