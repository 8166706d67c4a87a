//! The `EventPipelineInfoPricePlans` model.
/// The `EventPipelineInfoPricePlans` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
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
    pub cycle_start: chrono::NaiveDate,
    /// `cycleEnd`
    #[serde(rename = "cycleEnd")]
    pub cycle_end: chrono::NaiveDate,
    /// `usageMeters`
    #[serde(
        rename = "usageMeters",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub usage_meters: Option<Vec<String>>,
}
impl EventPipelineInfoPricePlans {
    /// Creates a `EventPipelineInfoPricePlans` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        name: String,
        id: String,
        schedule_id: String,
        cycle_start: chrono::NaiveDate,
        cycle_end: chrono::NaiveDate,
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
