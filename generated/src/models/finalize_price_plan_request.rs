//! The `FinalizePricePlanRequest` model.
/// Request to finalize a price plan version
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct FinalizePricePlanRequest {
    /// `migrationMode`
    #[serde(rename = "migrationMode", skip_serializing_if = "Option::is_none")]
    pub migration_mode: Option<crate::models::MigrationMode>,
    /// `versionsToMigrate`
    #[serde(rename = "versionsToMigrate", skip_serializing_if = "Option::is_none")]
    pub versions_to_migrate: Option<crate::models::VersionsToMigrate>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for FinalizePricePlanRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["migrationMode", "versionsToMigrate"];
        struct FinalizePricePlanRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for FinalizePricePlanRequestVisitor {
            type Value = FinalizePricePlanRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct FinalizePricePlanRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<FinalizePricePlanRequest, A::Error> {
                let mut f0: Option<Option<crate::models::MigrationMode>> = None;
                let mut f1: Option<Option<crate::models::VersionsToMigrate>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "migrationMode"),
                        1 => crate::runtime::field(&mut map, &mut f1, "versionsToMigrate"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(FinalizePricePlanRequest {
                    migration_mode: f0.unwrap_or_default(),
                    versions_to_migrate: f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "FinalizePricePlanRequest",
            FIELDS,
            FinalizePricePlanRequestVisitor,
        )
    }
}
