//! The `Attribute` model.

use togai_codegen_runtime as rt;

/// Metric to be recorded
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct Attribute {
    /// Name of the event attribute
    pub name: String,
    /// Value of the event attribute
    pub value: String,
    /// Unit with which the attribute value was measured. Natively supported units - "Meters, Miles, Kilometers, Grams, Kilograms, ounces, Pounds, Minutes, Hours, Seconds, Milliseconds, Microseconds, None". Clients are free to add any other custom units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

rt::deserialize_struct! {
    Attribute {
        0 name "name" required,
        1 value "value" required,
        2 unit "unit" optional,
    }
}
impl Attribute {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(name: impl Into<String>, value: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            value: value.into(),
            unit: None,
        }
    }

    /// Sets `unit`; until set, it is left out.
    pub fn with_unit(mut self, value: impl Into<String>) -> Self {
        self.unit = Some(value.into());
        self
    }
}
