//! The `GetEventsResponse` model.
/// Get batch events response
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetEventsResponse {
    /// `events`
    pub events: Vec<crate::models::EventWithStatus>,
    /// `nextToken`
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
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
