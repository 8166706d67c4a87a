//! The `FinalizePricePlanRequest` model.
/// Request to finalize a price plan version
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FinalizePricePlanRequest {
    /// `migrationMode`
    #[serde(
        rename = "migrationMode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub migration_mode: Option<crate::models::MigrationMode>,
    /// `versionsToMigrate`
    #[serde(
        rename = "versionsToMigrate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub versions_to_migrate: Option<crate::models::VersionsToMigrate>,
}
