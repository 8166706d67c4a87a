//! The `FinalizePricePlanRequest` model.

use togai_codegen_runtime as rt;

/// Request to finalize a price plan version
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct FinalizePricePlanRequest {
    /// `migrationMode`
    #[serde(rename = "migrationMode", skip_serializing_if = "Option::is_none")]
    pub migration_mode: Option<crate::models::MigrationMode>,
    /// `versionsToMigrate`
    #[serde(rename = "versionsToMigrate", skip_serializing_if = "Option::is_none")]
    pub versions_to_migrate: Option<crate::models::VersionsToMigrate>,
}

rt::deserialize_struct! {
    FinalizePricePlanRequest {
        0 migration_mode "migrationMode" optional,
        1 versions_to_migrate "versionsToMigrate" optional,
    }
}
impl FinalizePricePlanRequest {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `migration_mode` (`migrationMode`); until set, it is left out.
    pub fn with_migration_mode(mut self, value: impl Into<crate::models::MigrationMode>) -> Self {
        self.migration_mode = Some(value.into());
        self
    }

    /// Sets `versions_to_migrate` (`versionsToMigrate`); until set, it is left out.
    pub fn with_versions_to_migrate(
        mut self,
        value: impl Into<crate::models::VersionsToMigrate>,
    ) -> Self {
        self.versions_to_migrate = Some(value.into());
        self
    }
}
