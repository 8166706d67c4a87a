//! The `EventSchemaVersionsResponse` model.
use crate::runtime as rt;
/// Response for event schema versions
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EventSchemaVersionsResponse {
    /// `data`
    pub data: Vec<crate::models::EventSchema>,
}
rt::deserialize_struct! {
    EventSchemaVersionsResponse { 0 data "data" required, }
}
impl EventSchemaVersionsResponse {
    /// Creates a `EventSchemaVersionsResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::EventSchema>) -> Self {
        Self { data }
    }
}
