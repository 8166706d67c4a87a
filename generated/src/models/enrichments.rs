//! The `Enrichments` model.

use togai_codegen_runtime as rt;

/// The `Enrichments` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct Enrichments {
    /// `dependencies`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dependencies: Option<Vec<crate::models::Dependency>>,
    /// `fields`
    pub fields: Vec<crate::models::Field>,
}

rt::deserialize_struct! {
    Enrichments {
        0 dependencies "dependencies" optional,
        1 fields "fields" required,
    }
}
impl Enrichments {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(fields: impl Into<Vec<crate::models::Field>>) -> Self {
        Self {
            dependencies: None,
            fields: fields.into(),
        }
    }

    /// Sets `dependencies`; until set, it is left out.
    pub fn with_dependencies(mut self, value: impl Into<Vec<crate::models::Dependency>>) -> Self {
        self.dependencies = Some(value.into());
        self
    }
}
