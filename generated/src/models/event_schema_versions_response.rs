//! The `EventSchemaVersionsResponse` model.
/// Response for event schema versions
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EventSchemaVersionsResponse {
    /// `data`
    pub data: Vec<crate::models::EventSchema>,
}
impl EventSchemaVersionsResponse {
    /// Creates a `EventSchemaVersionsResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::EventSchema>) -> Self {
        Self { data }
    }
}
