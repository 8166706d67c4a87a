//! The `Alias` model.

use togai_codegen_runtime as rt;

/// Represents an Alias
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct Alias {
    /// `value`
    pub value: String,
    /// `createdAt`
    #[serde(rename = "createdAt")]
    pub created_at: rt::chrono::DateTime<rt::chrono::Utc>,
}

rt::deserialize_struct! {
    Alias {
        0 value "value" required,
        1 created_at "createdAt" required rt::datetime::Seed,
    }
}
impl Alias {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        value: impl Into<String>,
        created_at: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        Self {
            value: value.into(),
            created_at: created_at.into(),
        }
    }
}
