//! The `EventPipelineInfoPricePlans` model.

use togai_codegen_runtime as rt;

/// The `EventPipelineInfoPricePlans` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct EventPipelineInfoPricePlans {
    /// `name`
    pub name: String,
    /// `id`
    pub id: String,
    /// `scheduleId`
    #[serde(rename = "scheduleId")]
    pub schedule_id: String,
    /// `cycleStart`
    #[serde(rename = "cycleStart")]
    pub cycle_start: rt::chrono::NaiveDate,
    /// `cycleEnd`
    #[serde(rename = "cycleEnd")]
    pub cycle_end: rt::chrono::NaiveDate,
    /// `usageMeters`
    #[serde(rename = "usageMeters", skip_serializing_if = "Option::is_none")]
    pub usage_meters: Option<Vec<String>>,
}

rt::deserialize_struct! {
    EventPipelineInfoPricePlans {
        0 name "name" required,
        1 id "id" required,
        2 schedule_id "scheduleId" required,
        3 cycle_start "cycleStart" required,
        4 cycle_end "cycleEnd" required,
        5 usage_meters "usageMeters" optional,
    }
}
impl EventPipelineInfoPricePlans {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        name: impl Into<String>,
        id: impl Into<String>,
        schedule_id: impl Into<String>,
        cycle_start: impl Into<rt::chrono::NaiveDate>,
        cycle_end: impl Into<rt::chrono::NaiveDate>,
    ) -> Self {
        Self {
            name: name.into(),
            id: id.into(),
            schedule_id: schedule_id.into(),
            cycle_start: cycle_start.into(),
            cycle_end: cycle_end.into(),
            usage_meters: None,
        }
    }

    /// Sets `usage_meters` (`usageMeters`); until set, it is left out.
    pub fn with_usage_meters(mut self, value: impl Into<Vec<String>>) -> Self {
        self.usage_meters = Some(value.into());
        self
    }
}
