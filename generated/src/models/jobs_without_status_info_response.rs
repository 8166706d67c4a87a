//! The `JobsWithoutStatusInfoResponse` model.
/// The `JobsWithoutStatusInfoResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct JobsWithoutStatusInfoResponse {
    /// `id`
    pub id: String,
    /// `type`
    pub r#type: String,
    /// `status`
    pub status: String,
    /// `updatedAt`
    #[serde(
        rename = "updatedAt",
        deserialize_with = "crate::runtime::datetime::deserialize"
    )]
    pub updated_at: chrono::DateTime<chrono::Utc>,
}
impl JobsWithoutStatusInfoResponse {
    /// Creates a `JobsWithoutStatusInfoResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        r#type: String,
        status: String,
        updated_at: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Self {
            id,
            r#type,
            status,
            updated_at,
        }
    }
}
