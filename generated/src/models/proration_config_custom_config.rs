//! The `ProrationConfigCustomConfig` model.

use togai_codegen_runtime as rt;

/// Custom proration config, this will be considered if mode is CUSTOM
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct ProrationConfigCustomConfig {
    /// `cycleStartDate`
    #[serde(rename = "cycleStartDate")]
    pub cycle_start_date: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `cycleEndDate`
    #[serde(rename = "cycleEndDate")]
    pub cycle_end_date: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `currentDate`
    #[serde(rename = "currentDate")]
    pub current_date: rt::chrono::DateTime<rt::chrono::Utc>,
}

rt::deserialize_struct! {
    ProrationConfigCustomConfig {
        0 cycle_start_date "cycleStartDate" required rt::datetime::Seed,
        1 cycle_end_date "cycleEndDate" required rt::datetime::Seed,
        2 current_date "currentDate" required rt::datetime::Seed,
    }
}
impl ProrationConfigCustomConfig {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        cycle_start_date: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        cycle_end_date: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        current_date: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        Self {
            cycle_start_date: cycle_start_date.into(),
            cycle_end_date: cycle_end_date.into(),
            current_date: current_date.into(),
        }
    }
}
