//! The `UpdatePricePlanRequest` model.

use togai_codegen_runtime as rt;

/// The `UpdatePricePlanRequest` schema.
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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

rt::deserialize_struct! {
    UpdatePricePlanRequest { 0 migration_mode "migrationMode" optional, 1
    versions_to_migrate "versionsToMigrate" optional, 2 description "description"
    optional, 3 price_plan_details "pricePlanDetails" optional, 4 pricing_rules
    "pricingRules" optional, }
}
