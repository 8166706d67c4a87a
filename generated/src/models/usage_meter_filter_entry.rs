//! The `UsageMeterFilterEntry` model.

use togai_codegen_runtime as rt;

/// Filter entry with field and value
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct UsageMeterFilterEntry {
    /// `field`
    pub field: String,
    /// `value`
    pub value: String,
}

rt::deserialize_struct! {
    UsageMeterFilterEntry { 0 field "field" required, 1 value "value" required, }
}

impl UsageMeterFilterEntry {
    /// Creates a `UsageMeterFilterEntry` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(field: String, value: String) -> Self {
        Self { field, value }
    }
}
