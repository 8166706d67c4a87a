//! The `EventPipelineInfoCustomer` model.
use crate::runtime as rt;
/// The `EventPipelineInfoCustomer` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EventPipelineInfoCustomer {
    /// `id`
    pub id: String,
    /// `name`
    pub name: String,
}
rt::deserialize_struct! {
    EventPipelineInfoCustomer { 0 id "id" required, 1 name "name" required, }
}
impl EventPipelineInfoCustomer {
    /// Creates a `EventPipelineInfoCustomer` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(id: String, name: String) -> Self {
        Self { id, name }
    }
}
