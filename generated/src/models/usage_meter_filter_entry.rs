//! The `UsageMeterFilterEntry` model.

use togai_codegen_runtime as rt;

/// Filter entry with field and value
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct UsageMeterFilterEntry {
    /// `field`
    pub field: String,
    /// `value`
    pub value: String,
}

rt::deserialize_struct! {
    UsageMeterFilterEntry {
        0 field "field" required,
        1 value "value" required,
    }
}
impl UsageMeterFilterEntry {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(field: impl Into<String>, value: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            value: value.into(),
        }
    }
}
