//! The `FinalizePricePlanRequest` model.

use togai_codegen_runtime as rt;

/// Request to finalize a price plan version
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct FinalizePricePlanRequest {
    /// `migrationMode`
    #[serde(rename = "migrationMode", skip_serializing_if = "Option::is_none")]
    pub migration_mode: Option<crate::models::MigrationMode>,
    /// `versionsToMigrate`
    #[serde(rename = "versionsToMigrate", skip_serializing_if = "Option::is_none")]
    pub versions_to_migrate: Option<crate::models::VersionsToMigrate>,
}

rt::deserialize_struct! {
    FinalizePricePlanRequest { 0 migration_mode "migrationMode" optional, 1
    versions_to_migrate "versionsToMigrate" optional, }
}
