//! The `Enrichments` model.

use togai_codegen_runtime as rt;

/// The `Enrichments` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct Enrichments {
    /// `dependencies`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dependencies: Option<Vec<crate::models::Dependency>>,
    /// `fields`
    pub fields: Vec<crate::models::Field>,
}

rt::deserialize_struct! {
    Enrichments { 0 dependencies "dependencies" optional, 1 fields "fields" required, }
}

impl Enrichments {
    /// Creates a `Enrichments` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(fields: Vec<crate::models::Field>) -> Self {
        Self {
            dependencies: None,
            fields,
        }
    }
}
