//! The `AssociationConfig` model.

use togai_codegen_runtime as rt;

/// The `AssociationConfig` schema.
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct AssociationConfig {
    /// Id of the price plan if association request
    #[serde(rename = "pricePlanId", skip_serializing_if = "Option::is_none")]
    pub price_plan_id: Option<String>,
    /// If provided, rate cards and pricing rules will copied from this schedule
    #[serde(rename = "scheduleId", skip_serializing_if = "Option::is_none")]
    pub schedule_id: Option<String>,
    /// `pricingCycleConfigOverride`
    #[serde(
        rename = "pricingCycleConfigOverride",
        skip_serializing_if = "Option::is_none"
    )]
    pub pricing_cycle_config_override: Option<crate::models::PricingCycleConfig>,
    /// If this flag is true, current pricing cycle of the account on the date of association will continue rather
    /// than the configurations of the newly associated price plan. Pricing cycle overrides specified  using
    /// `pricePlanDetailsOverride` will take precedence over the pricing cycle configurations of
    /// the new price plan that the account needs to migrate to. PricingCycleInterval of the existing plan and
    /// the new plan must be same for this to work. We'll return a `400 BadRequest` otherwise.
    /// Examples:
    ///   - Ongoing plan (1st Oct to 30th Oct) - {dayOffset: 1, monthOffset: NIL}
    ///     New association (15th Oct to 15th Nov) of different price plan with retainStartOffsets option true
    ///     will use the same pricing cycle configuration {dayOffset: 1, monthOffset: NIL} rather than using the
    ///     pricing cycle configuration of the new price plan that the account needs to migrate to.
    ///   - Ongoing plan (1st Oct to 30th Oct) - {dayOffset: 1, monthOffset: NIL}
    ///     New association (1st Nov to 30th Nov) of different price plan with retainStartOffsets option true will
    ///     throw a `400 BadRequest` as no existing price plan configuration found on date of association
    #[serde(rename = "retainStartOffsets", skip_serializing_if = "Option::is_none")]
    pub retain_start_offsets: Option<bool>,
}

rt::deserialize_struct! {
    AssociationConfig {
        0 price_plan_id "pricePlanId" optional,
        1 schedule_id "scheduleId" optional,
        2 pricing_cycle_config_override "pricingCycleConfigOverride" optional,
        3 retain_start_offsets "retainStartOffsets" optional,
    }
}
impl AssociationConfig {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `price_plan_id` (`pricePlanId`); until set, it is left out.
    pub fn with_price_plan_id(mut self, value: impl Into<String>) -> Self {
        self.price_plan_id = Some(value.into());
        self
    }

    /// Sets `schedule_id` (`scheduleId`); until set, it is left out.
    pub fn with_schedule_id(mut self, value: impl Into<String>) -> Self {
        self.schedule_id = Some(value.into());
        self
    }

    /// Sets `pricing_cycle_config_override` (`pricingCycleConfigOverride`); until set, it is left out.
    pub fn with_pricing_cycle_config_override(
        mut self,
        value: impl Into<crate::models::PricingCycleConfig>,
    ) -> Self {
        self.pricing_cycle_config_override = Some(value.into());
        self
    }

    /// Sets `retain_start_offsets` (`retainStartOffsets`); until set, it is left out.
    pub fn with_retain_start_offsets(mut self, value: impl Into<bool>) -> Self {
        self.retain_start_offsets = Some(value.into());
        self
    }
}
