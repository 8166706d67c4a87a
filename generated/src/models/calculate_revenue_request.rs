//! The `CalculateRevenueRequest` model.

use togai_codegen_runtime as rt;

/// Request to get revenue details
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct CalculateRevenueRequest {
    /// `currencyConfig`
    #[serde(rename = "currencyConfig")]
    pub currency_config: crate::models::CurrencyConfig,
    /// `pricePlanDetailsConfig`
    #[serde(rename = "pricePlanDetailsConfig")]
    pub price_plan_details_config: crate::models::PricePlanDetailsConfig,
    /// `usageConfig`
    #[serde(rename = "usageConfig")]
    pub usage_config: crate::models::UsageConfig,
    /// `licenseEntriesConfig`
    #[serde(rename = "licenseEntriesConfig")]
    pub license_entries_config: crate::models::LicenseEntriesConfig,
    /// `namedLicenseEntriesConfig`
    #[serde(
        rename = "namedLicenseEntriesConfig",
        skip_serializing_if = "Option::is_none"
    )]
    pub named_license_entries_config: Option<crate::models::NamedLicenseEntriesConfig>,
    /// `prorationConfig`
    #[serde(rename = "prorationConfig", skip_serializing_if = "Option::is_none")]
    pub proration_config: Option<crate::models::ProrationConfig>,
    /// `entitlementOverageConfig`
    #[serde(
        rename = "entitlementOverageConfig",
        skip_serializing_if = "Option::is_none"
    )]
    pub entitlement_overage_config: Option<crate::models::EntitlementOverageConfig>,
}

rt::deserialize_struct! {
    CalculateRevenueRequest { 0 currency_config "currencyConfig" required, 1
    price_plan_details_config "pricePlanDetailsConfig" required, 2 usage_config
    "usageConfig" required, 3 license_entries_config "licenseEntriesConfig" required, 4
    named_license_entries_config "namedLicenseEntriesConfig" optional, 5 proration_config
    "prorationConfig" optional, 6 entitlement_overage_config "entitlementOverageConfig"
    optional, }
}

impl CalculateRevenueRequest {
    /// Creates a `CalculateRevenueRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        currency_config: crate::models::CurrencyConfig,
        price_plan_details_config: crate::models::PricePlanDetailsConfig,
        usage_config: crate::models::UsageConfig,
        license_entries_config: crate::models::LicenseEntriesConfig,
    ) -> Self {
        Self {
            currency_config,
            price_plan_details_config,
            usage_config,
            license_entries_config,
            named_license_entries_config: None,
            proration_config: None,
            entitlement_overage_config: None,
        }
    }
}
