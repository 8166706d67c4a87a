//! The `EventPipelineInfoCustomer` model.
/// The `EventPipelineInfoCustomer` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EventPipelineInfoCustomer {
    /// `id`
    pub id: String,
    /// `name`
    pub name: String,
}
impl EventPipelineInfoCustomer {
    /// Creates a `EventPipelineInfoCustomer` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(id: String, name: String) -> Self {
        Self { id, name }
    }
}
