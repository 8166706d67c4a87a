//! The `CreatePricePlanV2Request` model.

use togai_codegen_runtime as rt;

/// Request to create a price plan
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct CreatePricePlanV2Request {
    /// Name of the price plan
    pub name: String,
    /// Description of price plan
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `type`
    pub r#type: crate::models::PricePlanType,
    /// `pricingCycleConfig`
    #[serde(rename = "pricingCycleConfig", skip_serializing_if = "Option::is_none")]
    pub pricing_cycle_config: Option<crate::models::PricingCycleConfig>,
    /// List of currencies supported by the price plan
    #[serde(rename = "supportedCurrencies")]
    pub supported_currencies: Vec<String>,
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
    #[serde(
        rename = "allowOngoingCycleUpdates",
        skip_serializing_if = "Option::is_none"
    )]
    pub allow_ongoing_cycle_updates: Option<bool>,
}

rt::deserialize_struct! {
    CreatePricePlanV2Request {
        0 name "name" required,
        1 description "description" optional,
        2 r#type "type" required,
        3 pricing_cycle_config "pricingCycleConfig" optional,
        4 supported_currencies "supportedCurrencies" required,
        5 deferred_revenue "deferredRevenue" optional,
        6 allow_ongoing_cycle_updates "allowOngoingCycleUpdates" optional,
    }
}
impl CreatePricePlanV2Request {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        name: impl Into<String>,
        r#type: impl Into<crate::models::PricePlanType>,
        supported_currencies: impl Into<Vec<String>>,
    ) -> Self {
        Self {
            name: name.into(),
            description: None,
            r#type: r#type.into(),
            pricing_cycle_config: None,
            supported_currencies: supported_currencies.into(),
            deferred_revenue: None,
            allow_ongoing_cycle_updates: None,
        }
    }

    /// Sets `description`; until set, it is left out.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `pricing_cycle_config` (`pricingCycleConfig`); until set, it is left out.
    pub fn with_pricing_cycle_config(
        mut self,
        value: impl Into<crate::models::PricingCycleConfig>,
    ) -> Self {
        self.pricing_cycle_config = Some(value.into());
        self
    }

    /// Sets `deferred_revenue` (`deferredRevenue`); until set, it is left out.
    pub fn with_deferred_revenue(mut self, value: impl Into<bool>) -> Self {
        self.deferred_revenue = Some(value.into());
        self
    }

    /// Sets `allow_ongoing_cycle_updates` (`allowOngoingCycleUpdates`); until set, it is left out.
    pub fn with_allow_ongoing_cycle_updates(mut self, value: impl Into<bool>) -> Self {
        self.allow_ongoing_cycle_updates = Some(value.into());
        self
    }
}
