//! The `CreateCreditResponse` model.
/// The `CreateCreditResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateCreditResponse {
    /// `credits`
    pub credits: Vec<crate::models::Credit>,
}
impl CreateCreditResponse {
    /// Creates a `CreateCreditResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(credits: Vec<crate::models::Credit>) -> Self {
        Self { credits }
    }
}
