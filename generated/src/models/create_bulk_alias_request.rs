//! The `CreateBulkAliasRequest` model.
/// Create bulk alias
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateBulkAliasRequest {
    /// `aliases`
    pub aliases: Vec<crate::models::CreateAliasRequest>,
}
impl CreateBulkAliasRequest {
    /// Creates a `CreateBulkAliasRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(aliases: Vec<crate::models::CreateAliasRequest>) -> Self {
        Self { aliases }
    }
}
