//! The `UpdatePricePlanRequest` model.
/// The `UpdatePricePlanRequest` schema.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdatePricePlanRequest {
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
    /// Description of price plan
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `pricePlanDetails`
    #[serde(
        rename = "pricePlanDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub price_plan_details: Option<crate::models::CreatePricePlanDetailsOverride>,
    /// `pricingRules`
    #[serde(
        rename = "pricingRules",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pricing_rules: Option<Vec<crate::models::CreatePricingRule>>,
}
