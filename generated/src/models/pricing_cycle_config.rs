//! The `PricingCycleConfig` model.

use togai_codegen_runtime as rt;

/// Represents configurations related to pricing cycle
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct PricingCycleConfig {
    /// `interval`
    pub interval: crate::models::PricingCycleInterval,
    /// `startOffset`
    #[serde(rename = "startOffset", skip_serializing_if = "Option::is_none")]
    pub start_offset: Option<crate::models::PricingCycleConfigStartOffset>,
    /// Togai allows you to ingest past dated events that will be processed by a pricing cycle till the end grace period.
    /// For example: Pricing cycle is Monthly from 1st to 30th and gracePeriod is 5 days which next month 1 to 5th date, you can ingest past dated events during this grace period.
    #[serde(rename = "gracePeriod")]
    pub grace_period: i32,
    /// Togai calculates the startOffsets based on the date of association instead of requiring from the user and
    /// these offsets will be applied as an override if this flag is enabled.
    /// Examples:
    /// WEEKLY -
    ///   - 23/10/2023 (Monday) - {dayOffset: 1, monthOffset: NIL}
    ///   - 25/10/2023 (Wednesday) - {dayOffset: 3, monthOffset: NIL}
    ///   - 29/10/2023 (Sunday) - {dayOffset: 7, monthOffset: NIL}
    ///     MONTHLY -
    ///   - 1st Oct - {dayOffset: 1, monthOffset: NIL}
    ///   - 12th Oct - {dayOffset: 12, monthOffset: NIL}
    ///   - 28th Oct - {dayOffset: 28, monthOffset: NIL}
    ///   - 30th Oct - {dayOffset: 30, monthOffset: NIL}
    ///   - 31th Oct - {dayOffset: LAST, monthOffset: NIL}
    ///     QUARTERLY
    ///   - 15th Jan, 15th Apr, 15th Jul and 15th Oct - {dayOffset: 15, monthOffset: 1}
    ///   - 15th Feb, 15th May, 15th Aug and 15th Nov - {dayOffset: 15, monthOffset: 2}
    ///   - 15th Mar, 15th Jun, 15th Sep and 15th Dec - {dayOffset: 15, monthOffset: 3}
    ///     HALF_YEARLY
    ///   - 15th Jan and 15th Jul - {dayOffset: 15, monthOffset: 1}
    ///   - 15th Apr and 15th Oct - {dayOffset: 15, monthOffset: 4}
    ///   - 15th Jun and 15th Dec - {dayOffset: 15, monthOffset: 6}
    ///     ANNUALLY
    ///   - 15th Jan - {dayOffset: 15, monthOffset: 1}
    ///   - 29th Feb on Leap year  - {dayOffset: LAST, monthOffset: 2}
    ///   - 28th Feb  - {dayOffset: LAST, monthOffset: 2}
    ///   - 15th Aug - {dayOffset: 15, monthOffset: 8}
    ///   - 15th Dec - {dayOffset: 15, monthOffset: 12}
    #[serde(rename = "anniversaryCycle", skip_serializing_if = "Option::is_none")]
    pub anniversary_cycle: Option<bool>,
}

rt::deserialize_struct! {
    PricingCycleConfig {
        0 interval "interval" required,
        1 start_offset "startOffset" optional,
        2 grace_period "gracePeriod" required,
        3 anniversary_cycle "anniversaryCycle" optional,
    }
}
impl PricingCycleConfig {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        interval: impl Into<crate::models::PricingCycleInterval>,
        grace_period: impl Into<i32>,
    ) -> Self {
        Self {
            interval: interval.into(),
            start_offset: None,
            grace_period: grace_period.into(),
            anniversary_cycle: None,
        }
    }

    /// Sets `start_offset` (`startOffset`); until set, it is left out.
    pub fn with_start_offset(
        mut self,
        value: impl Into<crate::models::PricingCycleConfigStartOffset>,
    ) -> Self {
        self.start_offset = Some(value.into());
        self
    }

    /// Sets `anniversary_cycle` (`anniversaryCycle`); until set, it is left out.
    pub fn with_anniversary_cycle(mut self, value: impl Into<bool>) -> Self {
        self.anniversary_cycle = Some(value.into());
        self
    }
}
