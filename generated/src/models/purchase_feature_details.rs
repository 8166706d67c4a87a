//! The `PurchaseFeatureDetails` model.

use togai_codegen_runtime as rt;

/// The `PurchaseFeatureDetails` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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
    PurchaseFeatureDetails { 0 id "id" required, 1 name "name" required, 2
    credits_granted "creditsGranted" required, 3 credits_available "creditsAvailable"
    required, 4 updated_at "updatedAt" required rt::datetime::Seed, 5 effective_from
    "effectiveFrom" required rt::datetime::Seed, 6 effective_until "effectiveUntil"
    required rt::datetime::Seed, }
}

impl PurchaseFeatureDetails {
    /// Creates a `PurchaseFeatureDetails` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        name: String,
        credits_granted: f64,
        credits_available: f64,
        updated_at: rt::chrono::DateTime<rt::chrono::Utc>,
        effective_from: rt::chrono::DateTime<rt::chrono::Utc>,
        effective_until: rt::chrono::DateTime<rt::chrono::Utc>,
    ) -> Self {
        Self {
            id,
            name,
            credits_granted,
            credits_available,
            updated_at,
            effective_from,
            effective_until,
        }
    }
}
