//! The `CalculateRevenueRequest` model.

use togai_codegen_runtime as rt;

/// Request to get revenue details
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    CalculateRevenueRequest {
        0 currency_config "currencyConfig" required,
        1 price_plan_details_config "pricePlanDetailsConfig" required,
        2 usage_config "usageConfig" required,
        3 license_entries_config "licenseEntriesConfig" required,
        4 named_license_entries_config "namedLicenseEntriesConfig" optional,
        5 proration_config "prorationConfig" optional,
        6 entitlement_overage_config "entitlementOverageConfig" optional,
    }
}
impl CalculateRevenueRequest {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        currency_config: impl Into<crate::models::CurrencyConfig>,
        price_plan_details_config: impl Into<crate::models::PricePlanDetailsConfig>,
        usage_config: impl Into<crate::models::UsageConfig>,
        license_entries_config: impl Into<crate::models::LicenseEntriesConfig>,
    ) -> Self {
        Self {
            currency_config: currency_config.into(),
            price_plan_details_config: price_plan_details_config.into(),
            usage_config: usage_config.into(),
            license_entries_config: license_entries_config.into(),
            named_license_entries_config: None,
            proration_config: None,
            entitlement_overage_config: None,
        }
    }

    /// Sets `named_license_entries_config` (`namedLicenseEntriesConfig`); until set, it is left out.
    pub fn with_named_license_entries_config(
        mut self,
        value: impl Into<crate::models::NamedLicenseEntriesConfig>,
    ) -> Self {
        self.named_license_entries_config = Some(value.into());
        self
    }

    /// Sets `proration_config` (`prorationConfig`); until set, it is left out.
    pub fn with_proration_config(
        mut self,
        value: impl Into<crate::models::ProrationConfig>,
    ) -> Self {
        self.proration_config = Some(value.into());
        self
    }

    /// Sets `entitlement_overage_config` (`entitlementOverageConfig`); until set, it is left out.
    pub fn with_entitlement_overage_config(
        mut self,
        value: impl Into<crate::models::EntitlementOverageConfig>,
    ) -> Self {
        self.entitlement_overage_config = Some(value.into());
        self
    }
}
