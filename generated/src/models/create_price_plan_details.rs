//! The `CreatePricePlanDetails` model.
/// The `CreatePricePlanDetails` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreatePricePlanDetails {
    /// `pricingCycleConfig`
    #[serde(
        rename = "pricingCycleConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pricing_cycle_config: Option<crate::models::PricingCycleConfig>,
    /// List of currencies supported by the price plan
    #[serde(rename = "supportedCurrencies")]
    pub supported_currencies: Vec<String>,
    /// List of usage rate cards
    #[serde(
        rename = "usageRateCards",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub usage_rate_cards: Option<Vec<crate::models::UsageRateCard>>,
    /// `fixedFeeRateCards`
    #[serde(
        rename = "fixedFeeRateCards",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub fixed_fee_rate_cards: Option<Vec<crate::models::FixedFeeRateCard>>,
    /// `licenseRateCards`
    #[serde(
        rename = "licenseRateCards",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub license_rate_cards: Option<Vec<crate::models::LicenseRateCard>>,
    /// `billingEntitlementRateCards`
    #[serde(
        rename = "billingEntitlementRateCards",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub billing_entitlement_rate_cards: Option<Vec<crate::models::BillingEntitlementRateCard>>,
    /// `minimumCommitment`
    #[serde(
        rename = "minimumCommitment",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub minimum_commitment: Option<crate::models::MinimumCommitment>,
    /// `creditGrantRateCards`
    #[serde(
        rename = "creditGrantRateCards",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub credit_grant_rate_cards: Option<Vec<crate::models::CreditGrantRateCard>>,
    /// `entitlementOverageRateCards`
    #[serde(
        rename = "entitlementOverageRateCards",
        default,
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
    #[serde(
        rename = "deferredRevenue",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deferred_revenue: Option<bool>,
    /// Allow changes to price plan from the beginning of the ongoing cycle.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_ongoing_cycle_updates: Option<bool>,
}
impl CreatePricePlanDetails {
    /// Creates a `CreatePricePlanDetails` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(supported_currencies: Vec<String>) -> Self {
        Self {
            pricing_cycle_config: None,
            supported_currencies,
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
}
