//! The `EventPipelineInfoAccount` model.
/// The `EventPipelineInfoAccount` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EventPipelineInfoAccount {
    /// `id`
    pub id: String,
    /// `name`
    pub name: String,
    /// `alias`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
}
impl EventPipelineInfoAccount {
    /// Creates a `EventPipelineInfoAccount` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(id: String, name: String) -> Self {
        Self {
            id,
            name,
            alias: None,
        }
    }
}
