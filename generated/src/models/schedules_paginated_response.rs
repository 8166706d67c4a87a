//! The `SchedulesPaginatedResponse` model.

use togai_codegen_runtime as rt;

/// The `SchedulesPaginatedResponse` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    SchedulesPaginatedResponse {
        0 data "data" required,
        1 next_token "nextToken" optional,
        2 previous_token "previousToken" optional,
    }
}
impl SchedulesPaginatedResponse {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(data: impl Into<Vec<crate::models::AccountSchedule>>) -> Self {
        Self {
            data: data.into(),
            next_token: None,
            previous_token: None,
        }
    }

    /// Sets `next_token` (`nextToken`); until set, it is left out.
    pub fn with_next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }

    /// Sets `previous_token` (`previousToken`); until set, it is left out.
    pub fn with_previous_token(mut self, value: impl Into<String>) -> Self {
        self.previous_token = Some(value.into());
        self
    }
}
