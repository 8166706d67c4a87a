//! The `SchedulesPaginatedResponse` model.

use togai_codegen_runtime as rt;

/// The `SchedulesPaginatedResponse` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct SchedulesPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::AccountSchedule>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// `previousToken`
    #[serde(rename = "previousToken", skip_serializing_if = "Option::is_none")]
    pub previous_token: Option<String>,
}

rt::deserialize_struct! {
    SchedulesPaginatedResponse { 0 data "data" required, 1 next_token "nextToken"
    optional, 2 previous_token "previousToken" optional, }
}

impl SchedulesPaginatedResponse {
    /// Creates a `SchedulesPaginatedResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::AccountSchedule>) -> Self {
        Self {
            data,
            next_token: None,
            previous_token: None,
        }
    }
}
