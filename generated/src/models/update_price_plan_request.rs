//! The `UpdatePricePlanRequest` model.
/// The `UpdatePricePlanRequest` schema.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct UpdatePricePlanRequest {
    /// `migrationMode`
    #[serde(rename = "migrationMode", skip_serializing_if = "Option::is_none")]
    pub migration_mode: Option<crate::models::MigrationMode>,
    /// `versionsToMigrate`
    #[serde(rename = "versionsToMigrate", skip_serializing_if = "Option::is_none")]
    pub versions_to_migrate: Option<crate::models::VersionsToMigrate>,
    /// Description of price plan
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `pricePlanDetails`
    #[serde(rename = "pricePlanDetails", skip_serializing_if = "Option::is_none")]
    pub price_plan_details: Option<crate::models::CreatePricePlanDetailsOverride>,
    /// `pricingRules`
    #[serde(rename = "pricingRules", skip_serializing_if = "Option::is_none")]
    pub pricing_rules: Option<Vec<crate::models::CreatePricingRule>>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for UpdatePricePlanRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "migrationMode",
            "versionsToMigrate",
            "description",
            "pricePlanDetails",
            "pricingRules",
        ];
        struct UpdatePricePlanRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for UpdatePricePlanRequestVisitor {
            type Value = UpdatePricePlanRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct UpdatePricePlanRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<UpdatePricePlanRequest, A::Error> {
                let mut f0: Option<Option<crate::models::MigrationMode>> = None;
                let mut f1: Option<Option<crate::models::VersionsToMigrate>> = None;
                let mut f2: Option<Option<String>> = None;
                let mut f3: Option<Option<crate::models::CreatePricePlanDetailsOverride>> = None;
                let mut f4: Option<Option<Vec<crate::models::CreatePricingRule>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "migrationMode"),
                        1 => crate::runtime::field(&mut map, &mut f1, "versionsToMigrate"),
                        2 => crate::runtime::field(&mut map, &mut f2, "description"),
                        3 => crate::runtime::field(&mut map, &mut f3, "pricePlanDetails"),
                        4 => crate::runtime::field(&mut map, &mut f4, "pricingRules"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(UpdatePricePlanRequest {
                    migration_mode: f0.unwrap_or_default(),
                    versions_to_migrate: f1.unwrap_or_default(),
                    description: f2.unwrap_or_default(),
                    price_plan_details: f3.unwrap_or_default(),
                    pricing_rules: f4.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "UpdatePricePlanRequest",
            FIELDS,
            UpdatePricePlanRequestVisitor,
        )
    }
}
