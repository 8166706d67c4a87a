//! The `PurchaseFeatureDetails` model.

use togai_codegen_runtime as rt;

/// The `PurchaseFeatureDetails` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct PurchaseFeatureDetails {
    /// `id`
    pub id: String,
    /// `name`
    pub name: String,
    /// `creditsGranted`
    #[serde(rename = "creditsGranted")]
    pub credits_granted: f64,
    /// `creditsAvailable`
    #[serde(rename = "creditsAvailable")]
    pub credits_available: f64,
    /// `updatedAt`
    #[serde(rename = "updatedAt")]
    pub updated_at: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `effectiveFrom`
    #[serde(rename = "effectiveFrom")]
    pub effective_from: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `effectiveUntil`
    #[serde(rename = "effectiveUntil")]
    pub effective_until: rt::chrono::DateTime<rt::chrono::Utc>,
}

rt::deserialize_struct! {
    PurchaseFeatureDetails {
        0 id "id" required,
        1 name "name" required,
        2 credits_granted "creditsGranted" required,
        3 credits_available "creditsAvailable" required,
        4 updated_at "updatedAt" required rt::datetime::Seed,
        5 effective_from "effectiveFrom" required rt::datetime::Seed,
        6 effective_until "effectiveUntil" required rt::datetime::Seed,
    }
}
impl PurchaseFeatureDetails {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        credits_granted: impl Into<f64>,
        credits_available: impl Into<f64>,
        updated_at: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        effective_from: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        effective_until: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            credits_granted: credits_granted.into(),
            credits_available: credits_available.into(),
            updated_at: updated_at.into(),
            effective_from: effective_from.into(),
            effective_until: effective_until.into(),
        }
    }
}
