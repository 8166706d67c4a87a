//! The `GetEventsResponse` model.

use togai_codegen_runtime as rt;

/// Get batch events response
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct GetEventsResponse {
    /// `events`
    pub events: Vec<crate::models::EventWithStatus>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

rt::deserialize_struct! {
    GetEventsResponse { 0 events "events" required, 1 next_token "nextToken" optional, }
}

impl GetEventsResponse {
    /// Creates a `GetEventsResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(events: Vec<crate::models::EventWithStatus>) -> Self {
        Self {
            events,
            next_token: None,
        }
    }
}
