//! The `JobsWithoutStatusInfoResponse` model.

use togai_codegen_runtime as rt;

/// The `JobsWithoutStatusInfoResponse` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    JobsWithoutStatusInfoResponse {
        0 id "id" required,
        1 r#type "type" required,
        2 status "status" required,
        3 updated_at "updatedAt" required rt::datetime::Seed,
    }
}
impl JobsWithoutStatusInfoResponse {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        id: impl Into<String>,
        r#type: impl Into<String>,
        status: impl Into<String>,
        updated_at: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        Self {
            id: id.into(),
            r#type: r#type.into(),
            status: status.into(),
            updated_at: updated_at.into(),
        }
    }
}
