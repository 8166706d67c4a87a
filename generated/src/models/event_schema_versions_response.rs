//! The `EventSchemaVersionsResponse` model.

use togai_codegen_runtime as rt;

/// Response for event schema versions
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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
