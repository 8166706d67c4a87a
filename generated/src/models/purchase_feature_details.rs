//! The `PurchaseFeatureDetails` model.
/// The `PurchaseFeatureDetails` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
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
    #[serde(
        rename = "updatedAt",
        deserialize_with = "crate::runtime::datetime::deserialize"
    )]
    pub updated_at: chrono::DateTime<chrono::Utc>,
    /// `effectiveFrom`
    #[serde(
        rename = "effectiveFrom",
        deserialize_with = "crate::runtime::datetime::deserialize"
    )]
    pub effective_from: chrono::DateTime<chrono::Utc>,
    /// `effectiveUntil`
    #[serde(
        rename = "effectiveUntil",
        deserialize_with = "crate::runtime::datetime::deserialize"
    )]
    pub effective_until: chrono::DateTime<chrono::Utc>,
}
impl PurchaseFeatureDetails {
    /// Creates a `PurchaseFeatureDetails` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        name: String,
        credits_granted: f64,
        credits_available: f64,
        updated_at: chrono::DateTime<chrono::Utc>,
        effective_from: chrono::DateTime<chrono::Utc>,
        effective_until: chrono::DateTime<chrono::Utc>,
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
