//! The `ProrationConfigCustomConfig` model.
/// Custom proration config, this will be considered if mode is CUSTOM
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ProrationConfigCustomConfig {
    /// `cycleStartDate`
    #[serde(
        rename = "cycleStartDate",
        deserialize_with = "crate::runtime::datetime::deserialize"
    )]
    pub cycle_start_date: chrono::DateTime<chrono::Utc>,
    /// `cycleEndDate`
    #[serde(
        rename = "cycleEndDate",
        deserialize_with = "crate::runtime::datetime::deserialize"
    )]
    pub cycle_end_date: chrono::DateTime<chrono::Utc>,
    /// `currentDate`
    #[serde(
        rename = "currentDate",
        deserialize_with = "crate::runtime::datetime::deserialize"
    )]
    pub current_date: chrono::DateTime<chrono::Utc>,
}
impl ProrationConfigCustomConfig {
    /// Creates a `ProrationConfigCustomConfig` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        cycle_start_date: chrono::DateTime<chrono::Utc>,
        cycle_end_date: chrono::DateTime<chrono::Utc>,
        current_date: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Self {
            cycle_start_date,
            cycle_end_date,
            current_date,
        }
    }
}
