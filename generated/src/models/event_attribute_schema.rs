//! The `EventAttributeSchema` model.

use togai_codegen_runtime as rt;

/// Structure of an event attribute
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct EventAttributeSchema {
    /// Name of the event attribute.
    pub name: String,
    /// Unit for the attribute
    #[serde(rename = "defaultUnit", skip_serializing_if = "Option::is_none")]
    pub default_unit: Option<String>,
}

rt::deserialize_struct! {
    EventAttributeSchema {
        0 name "name" required,
        1 default_unit "defaultUnit" optional,
    }
}
impl EventAttributeSchema {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            default_unit: None,
        }
    }

    /// Sets `default_unit` (`defaultUnit`); until set, it is left out.
    pub fn with_default_unit(mut self, value: impl Into<String>) -> Self {
        self.default_unit = Some(value.into());
        self
    }
}
