//! The `EventAttributeSchema` model.
/// Structure of an event attribute
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EventAttributeSchema {
    /// Name of the event attribute.
    pub name: String,
    /// Unit for the attribute
    #[serde(
        rename = "defaultUnit",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub default_unit: Option<String>,
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
