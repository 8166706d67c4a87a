//! The `CalculateRevenueRequest` model.
/// Request to get revenue details
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CalculateRevenueRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "currencyConfig",
            "pricePlanDetailsConfig",
            "usageConfig",
            "licenseEntriesConfig",
            "namedLicenseEntriesConfig",
            "prorationConfig",
            "entitlementOverageConfig",
        ];
        struct CalculateRevenueRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for CalculateRevenueRequestVisitor {
            type Value = CalculateRevenueRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CalculateRevenueRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CalculateRevenueRequest, A::Error> {
                let mut f0: Option<crate::models::CurrencyConfig> = None;
                let mut f1: Option<crate::models::PricePlanDetailsConfig> = None;
                let mut f2: Option<crate::models::UsageConfig> = None;
                let mut f3: Option<crate::models::LicenseEntriesConfig> = None;
                let mut f4: Option<Option<crate::models::NamedLicenseEntriesConfig>> = None;
                let mut f5: Option<Option<crate::models::ProrationConfig>> = None;
                let mut f6: Option<Option<crate::models::EntitlementOverageConfig>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "currencyConfig"),
                        1 => crate::runtime::field(&mut map, &mut f1, "pricePlanDetailsConfig"),
                        2 => crate::runtime::field(&mut map, &mut f2, "usageConfig"),
                        3 => crate::runtime::field(&mut map, &mut f3, "licenseEntriesConfig"),
                        4 => crate::runtime::field(&mut map, &mut f4, "namedLicenseEntriesConfig"),
                        5 => crate::runtime::field(&mut map, &mut f5, "prorationConfig"),
                        6 => crate::runtime::field(&mut map, &mut f6, "entitlementOverageConfig"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CalculateRevenueRequest {
                    currency_config: crate::runtime::required(f0, "currencyConfig")?,
                    price_plan_details_config: crate::runtime::required(
                        f1,
                        "pricePlanDetailsConfig",
                    )?,
                    usage_config: crate::runtime::required(f2, "usageConfig")?,
                    license_entries_config: crate::runtime::required(f3, "licenseEntriesConfig")?,
                    named_license_entries_config: f4.unwrap_or_default(),
                    proration_config: f5.unwrap_or_default(),
                    entitlement_overage_config: f6.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "CalculateRevenueRequest",
            FIELDS,
            CalculateRevenueRequestVisitor,
        )
    }
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
