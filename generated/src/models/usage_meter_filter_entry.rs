//! The `UsageMeterFilterEntry` model.
use crate::runtime as rt;
/// Filter entry with field and value
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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
