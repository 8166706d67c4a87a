//! The `UsageMeterFilterEntry` model.
/// Filter entry with field and value
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UsageMeterFilterEntry {
    /// `field`
    pub field: String,
    /// `value`
    pub value: String,
}
impl UsageMeterFilterEntry {
    /// Creates a `UsageMeterFilterEntry` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(field: String, value: String) -> Self {
        Self { field, value }
    }
}
