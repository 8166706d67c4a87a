//! The `PlanOverride` model.

use togai_codegen_runtime as rt;

/// Represents effectiveness period and config of a price plan. i.e, price plan bound by time.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct PlanOverride {
    /// `id`
    pub id: String,
    /// `pricePlanId`
    #[serde(rename = "pricePlanId")]
    pub price_plan_id: String,
    /// `pricePlanName`
    #[serde(rename = "pricePlanName")]
    pub price_plan_name: String,
    /// `pricePlanDetailsOverride`
    #[serde(
        rename = "pricePlanDetailsOverride",
        skip_serializing_if = "Option::is_none"
    )]
    pub price_plan_details_override: Option<crate::models::PricePlanDetailsOverride>,
    /// `pricingRulesOverride`
    #[serde(
        rename = "pricingRulesOverride",
        skip_serializing_if = "Option::is_none"
    )]
    pub pricing_rules_override: Option<Vec<crate::models::PricingRule>>,
    /// `startDate`
    #[serde(rename = "startDate")]
    pub start_date: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `endDate`
    #[serde(rename = "endDate")]
    pub end_date: rt::chrono::DateTime<rt::chrono::Utc>,
}

rt::deserialize_struct! {
    PlanOverride {
        0 id "id" required,
        1 price_plan_id "pricePlanId" required,
        2 price_plan_name "pricePlanName" required,
        3 price_plan_details_override "pricePlanDetailsOverride" optional,
        4 pricing_rules_override "pricingRulesOverride" optional,
        5 start_date "startDate" required rt::datetime::Seed,
        6 end_date "endDate" required rt::datetime::Seed,
    }
}
impl PlanOverride {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        id: impl Into<String>,
        price_plan_id: impl Into<String>,
        price_plan_name: impl Into<String>,
        start_date: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        end_date: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        Self {
            id: id.into(),
            price_plan_id: price_plan_id.into(),
            price_plan_name: price_plan_name.into(),
            price_plan_details_override: None,
            pricing_rules_override: None,
            start_date: start_date.into(),
            end_date: end_date.into(),
        }
    }

    /// Sets `price_plan_details_override` (`pricePlanDetailsOverride`); until set, it is left out.
    pub fn with_price_plan_details_override(
        mut self,
        value: impl Into<crate::models::PricePlanDetailsOverride>,
    ) -> Self {
        self.price_plan_details_override = Some(value.into());
        self
    }

    /// Sets `pricing_rules_override` (`pricingRulesOverride`); until set, it is left out.
    pub fn with_pricing_rules_override(
        mut self,
        value: impl Into<Vec<crate::models::PricingRule>>,
    ) -> Self {
        self.pricing_rules_override = Some(value.into());
        self
    }
}
