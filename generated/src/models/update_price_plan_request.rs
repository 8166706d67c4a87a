//! The `UpdatePricePlanRequest` model.

use togai_codegen_runtime as rt;

/// The `UpdatePricePlanRequest` schema.
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    UpdatePricePlanRequest {
        0 migration_mode "migrationMode" optional,
        1 versions_to_migrate "versionsToMigrate" optional,
        2 description "description" optional,
        3 price_plan_details "pricePlanDetails" optional,
        4 pricing_rules "pricingRules" optional,
    }
}
impl UpdatePricePlanRequest {
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

    /// Sets `description`; until set, it is left out.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `price_plan_details` (`pricePlanDetails`); until set, it is left out.
    pub fn with_price_plan_details(
        mut self,
        value: impl Into<crate::models::CreatePricePlanDetailsOverride>,
    ) -> Self {
        self.price_plan_details = Some(value.into());
        self
    }

    /// Sets `pricing_rules` (`pricingRules`); until set, it is left out.
    pub fn with_pricing_rules(
        mut self,
        value: impl Into<Vec<crate::models::CreatePricingRule>>,
    ) -> Self {
        self.pricing_rules = Some(value.into());
        self
    }
}
