//! The `PurchasePlanOverride` model.
/// entitlements override options for purchase of a price plan for an account
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PurchasePlanOverride {
    /// `fixedFeeRateCards`
    #[serde(
        rename = "fixedFeeRateCards",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub fixed_fee_rate_cards: Option<Vec<crate::models::FixedFeeRateCard>>,
    /// `billingEntitlementRateCards`
    #[serde(
        rename = "billingEntitlementRateCards",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub billing_entitlement_rate_cards: Option<Vec<crate::models::BillingEntitlementRateCard>>,
    /// `creditGrantRateCards`
    #[serde(
        rename = "creditGrantRateCards",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub credit_grant_rate_cards: Option<Vec<crate::models::CreditGrantRateCard>>,
}
