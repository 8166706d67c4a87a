//! The `EventSource` model.
/// Source of ingestion of event
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EventSource {
    /// Unique identifier representing the source
    pub id: String,
    /// Type of source
    pub r#type: String,
}
impl EventSource {
    /// Creates a `EventSource` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(id: String, r#type: String) -> Self {
        Self { id, r#type }
    }
}
