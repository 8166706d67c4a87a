//! The `EventSchemaVersionsResponse` model.

use togai_codegen_runtime as rt;

/// Response for event schema versions
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct EventSchemaVersionsResponse {
    /// `data`
    pub data: Vec<crate::models::EventSchema>,
}

rt::deserialize_struct! {
    EventSchemaVersionsResponse {
        0 data "data" required,
    }
}
impl EventSchemaVersionsResponse {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(data: impl Into<Vec<crate::models::EventSchema>>) -> Self {
        Self { data: data.into() }
    }
}
