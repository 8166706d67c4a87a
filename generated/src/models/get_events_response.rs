//! The `GetEventsResponse` model.

use togai_codegen_runtime as rt;

/// Get batch events response
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct GetEventsResponse {
    /// `events`
    pub events: Vec<crate::models::EventWithStatus>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

rt::deserialize_struct! {
    GetEventsResponse {
        0 events "events" required,
        1 next_token "nextToken" optional,
    }
}
impl GetEventsResponse {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(events: impl Into<Vec<crate::models::EventWithStatus>>) -> Self {
        Self {
            events: events.into(),
            next_token: None,
        }
    }

    /// Sets `next_token` (`nextToken`); until set, it is left out.
    pub fn with_next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
