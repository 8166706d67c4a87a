//! The `CreateAliasRequest` model.
/// Create an alias
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateAliasRequest {
    /// `value`
    pub value: String,
}
impl CreateAliasRequest {
    /// Creates a `CreateAliasRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(value: String) -> Self {
        Self { value }
    }
}
