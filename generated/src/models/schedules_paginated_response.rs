//! The `SchedulesPaginatedResponse` model.
/// The `SchedulesPaginatedResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SchedulesPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::AccountSchedule>,
    /// `nextToken`
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// `previousToken`
    #[serde(
        rename = "previousToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub previous_token: Option<String>,
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
