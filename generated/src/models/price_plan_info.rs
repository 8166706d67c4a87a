//! The `PricePlanInfo` model.

use togai_codegen_runtime as rt;

/// The `PricePlanInfo` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct PricePlanInfo {
    /// `name`
    pub name: String,
    /// `description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

rt::deserialize_struct! {
    PricePlanInfo { 0 name "name" required, 1 description "description" optional, }
}

impl PricePlanInfo {
    /// Creates a `PricePlanInfo` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(name: String) -> Self {
        Self {
            name,
            description: None,
        }
    }
}
