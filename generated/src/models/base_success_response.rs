//! The `BaseSuccessResponse` model.
/// The `BaseSuccessResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BaseSuccessResponse {
    /// `success`
    pub success: bool,
}
impl BaseSuccessResponse {
    /// Creates a `BaseSuccessResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(success: bool) -> Self {
        Self { success }
    }
}
