//! The `Enrichments` model.
/// The `Enrichments` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Enrichments {
    /// `dependencies`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dependencies: Option<Vec<crate::models::Dependency>>,
    /// `fields`
    pub fields: Vec<crate::models::Field>,
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
