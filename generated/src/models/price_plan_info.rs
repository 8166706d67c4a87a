//! The `PricePlanInfo` model.

use togai_codegen_runtime as rt;

/// The `PricePlanInfo` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct PricePlanInfo {
    /// `name`
    pub name: String,
    /// `description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

rt::deserialize_struct! {
    PricePlanInfo {
        0 name "name" required,
        1 description "description" optional,
    }
}
impl PricePlanInfo {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            description: None,
        }
    }

    /// Sets `description`; until set, it is left out.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
}
