//! The `EventPipelineInfoPricePlans` model.

use togai_codegen_runtime as rt;

/// The `EventPipelineInfoPricePlans` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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
    EventPipelineInfoPricePlans { 0 name "name" required, 1 id "id" required, 2
    schedule_id "scheduleId" required, 3 cycle_start "cycleStart" required, 4 cycle_end
    "cycleEnd" required, 5 usage_meters "usageMeters" optional, }
}

impl EventPipelineInfoPricePlans {
    /// Creates a `EventPipelineInfoPricePlans` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        name: String,
        id: String,
        schedule_id: String,
        cycle_start: rt::chrono::NaiveDate,
        cycle_end: rt::chrono::NaiveDate,
    ) -> Self {
        Self {
            name,
            id,
            schedule_id,
            cycle_start,
            cycle_end,
            usage_meters: None,
        }
    }
}
