//! The `JobsWithoutStatusInfoResponse` model.

use togai_codegen_runtime as rt;

/// The `JobsWithoutStatusInfoResponse` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct JobsWithoutStatusInfoResponse {
    /// `id`
    pub id: String,
    /// `type`
    pub r#type: String,
    /// `status`
    pub status: String,
    /// `updatedAt`
    #[serde(rename = "updatedAt")]
    pub updated_at: rt::chrono::DateTime<rt::chrono::Utc>,
}

rt::deserialize_struct! {
    JobsWithoutStatusInfoResponse { 0 id "id" required, 1 r#type "type" required, 2
    status "status" required, 3 updated_at "updatedAt" required rt::datetime::Seed, }
}

impl JobsWithoutStatusInfoResponse {
    /// Creates a `JobsWithoutStatusInfoResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        r#type: String,
        status: String,
        updated_at: rt::chrono::DateTime<rt::chrono::Utc>,
    ) -> Self {
        Self {
            id,
            r#type,
            status,
            updated_at,
        }
    }
}
