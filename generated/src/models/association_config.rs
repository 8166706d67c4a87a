//! The `AssociationConfig` model.
/// The `AssociationConfig` schema.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
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
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for AssociationConfig {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "pricePlanId",
            "scheduleId",
            "pricingCycleConfigOverride",
            "retainStartOffsets",
        ];
        struct AssociationConfigVisitor;
        impl<'de> serde::de::Visitor<'de> for AssociationConfigVisitor {
            type Value = AssociationConfig;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct AssociationConfig")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<AssociationConfig, A::Error> {
                let mut f0: Option<Option<String>> = None;
                let mut f1: Option<Option<String>> = None;
                let mut f2: Option<Option<crate::models::PricingCycleConfig>> = None;
                let mut f3: Option<Option<bool>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "pricePlanId"),
                        1 => crate::runtime::field(&mut map, &mut f1, "scheduleId"),
                        2 => crate::runtime::field(&mut map, &mut f2, "pricingCycleConfigOverride"),
                        3 => crate::runtime::field(&mut map, &mut f3, "retainStartOffsets"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(AssociationConfig {
                    price_plan_id: f0.unwrap_or_default(),
                    schedule_id: f1.unwrap_or_default(),
                    pricing_cycle_config_override: f2.unwrap_or_default(),
                    retain_start_offsets: f3.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("AssociationConfig", FIELDS, AssociationConfigVisitor)
    }
}
