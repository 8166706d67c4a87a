//! The `EventAttributeSchema` model.

use togai_codegen_runtime as rt;

/// Structure of an event attribute
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct EventAttributeSchema {
    /// Name of the event attribute.
    pub name: String,
    /// Unit for the attribute
    #[serde(rename = "defaultUnit", skip_serializing_if = "Option::is_none")]
    pub default_unit: Option<String>,
}

rt::deserialize_struct! {
    EventAttributeSchema { 0 name "name" required, 1 default_unit "defaultUnit" optional,
    }
}

impl EventAttributeSchema {
    /// Creates a `EventAttributeSchema` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(name: String) -> Self {
        Self {
            name,
            default_unit: None,
        }
    }
}
