//! The `RevenueInfo` model.
/// The `RevenueInfo` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct RevenueInfo {
    /// `usageRateCard`
    #[serde(rename = "usageRateCard", skip_serializing_if = "Option::is_none")]
    pub usage_rate_card: Option<crate::models::UsageRateCard>,
    /// `fixedFeeRateCard`
    #[serde(rename = "fixedFeeRateCard", skip_serializing_if = "Option::is_none")]
    pub fixed_fee_rate_card: Option<crate::models::FixedFeeRateCard>,
    /// `licenseRateCard`
    #[serde(rename = "licenseRateCard", skip_serializing_if = "Option::is_none")]
    pub license_rate_card: Option<crate::models::LicenseRateCard>,
    /// `billingEntitlementRateCard`
    #[serde(
        rename = "billingEntitlementRateCard",
        skip_serializing_if = "Option::is_none"
    )]
    pub billing_entitlement_rate_card: Option<crate::models::BillingEntitlementRateCard>,
    /// `creditGrantRateCard`
    #[serde(
        rename = "creditGrantRateCard",
        skip_serializing_if = "Option::is_none"
    )]
    pub credit_grant_rate_card: Option<crate::models::CreditGrantRateCard>,
    /// `entitlementOverageRateCard`
    #[serde(
        rename = "entitlementOverageRateCard",
        skip_serializing_if = "Option::is_none"
    )]
    pub entitlement_overage_rate_card: Option<crate::models::EntitlementOverageRateCard>,
    /// `usages`
    pub usages: std::collections::BTreeMap<String, f64>,
    /// `fixedFeeRevenueSummary`
    #[serde(
        rename = "fixedFeeRevenueSummary",
        skip_serializing_if = "Option::is_none"
    )]
    pub fixed_fee_revenue_summary: Option<crate::models::FixedFeeRevenueSummary>,
    /// `licenseRevenueSummary`
    #[serde(
        rename = "licenseRevenueSummary",
        skip_serializing_if = "Option::is_none"
    )]
    pub license_revenue_summary: Option<Vec<crate::models::SlabRevenueSummary>>,
    /// `billingEntitlementRevenueSummary`
    #[serde(
        rename = "billingEntitlementRevenueSummary",
        skip_serializing_if = "Option::is_none"
    )]
    pub billing_entitlement_revenue_summary:
        Option<crate::models::BillingEntitlementRevenueSummary>,
    /// `creditGrantRevenueSummary`
    #[serde(
        rename = "creditGrantRevenueSummary",
        skip_serializing_if = "Option::is_none"
    )]
    pub credit_grant_revenue_summary: Option<crate::models::CreditGrantRevenueSummary>,
    /// `entitlementOverageRevenueSummary`
    #[serde(
        rename = "entitlementOverageRevenueSummary",
        skip_serializing_if = "Option::is_none"
    )]
    pub entitlement_overage_revenue_summary:
        Option<crate::models::EntitlementOverageRevenueSummary>,
    /// `slabRevenueSummaries`
    #[serde(
        rename = "slabRevenueSummaries",
        skip_serializing_if = "Option::is_none"
    )]
    pub slab_revenue_summaries: Option<Vec<crate::models::SlabRevenueSummary>>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for RevenueInfo {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "usageRateCard",
            "fixedFeeRateCard",
            "licenseRateCard",
            "billingEntitlementRateCard",
            "creditGrantRateCard",
            "entitlementOverageRateCard",
            "usages",
            "fixedFeeRevenueSummary",
            "licenseRevenueSummary",
            "billingEntitlementRevenueSummary",
            "creditGrantRevenueSummary",
            "entitlementOverageRevenueSummary",
            "slabRevenueSummaries",
        ];
        struct RevenueInfoVisitor;
        impl<'de> serde::de::Visitor<'de> for RevenueInfoVisitor {
            type Value = RevenueInfo;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct RevenueInfo")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<RevenueInfo, A::Error> {
                let mut f0: Option<Option<crate::models::UsageRateCard>> = None;
                let mut f1: Option<Option<crate::models::FixedFeeRateCard>> = None;
                let mut f2: Option<Option<crate::models::LicenseRateCard>> = None;
                let mut f3: Option<Option<crate::models::BillingEntitlementRateCard>> = None;
                let mut f4: Option<Option<crate::models::CreditGrantRateCard>> = None;
                let mut f5: Option<Option<crate::models::EntitlementOverageRateCard>> = None;
                let mut f6: Option<std::collections::BTreeMap<String, f64>> = None;
                let mut f7: Option<Option<crate::models::FixedFeeRevenueSummary>> = None;
                let mut f8: Option<Option<Vec<crate::models::SlabRevenueSummary>>> = None;
                let mut f9: Option<Option<crate::models::BillingEntitlementRevenueSummary>> = None;
                let mut f10: Option<Option<crate::models::CreditGrantRevenueSummary>> = None;
                let mut f11: Option<Option<crate::models::EntitlementOverageRevenueSummary>> = None;
                let mut f12: Option<Option<Vec<crate::models::SlabRevenueSummary>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "usageRateCard"),
                        1 => crate::runtime::field(&mut map, &mut f1, "fixedFeeRateCard"),
                        2 => crate::runtime::field(&mut map, &mut f2, "licenseRateCard"),
                        3 => crate::runtime::field(&mut map, &mut f3, "billingEntitlementRateCard"),
                        4 => crate::runtime::field(&mut map, &mut f4, "creditGrantRateCard"),
                        5 => crate::runtime::field(&mut map, &mut f5, "entitlementOverageRateCard"),
                        6 => crate::runtime::field(&mut map, &mut f6, "usages"),
                        7 => crate::runtime::field(&mut map, &mut f7, "fixedFeeRevenueSummary"),
                        8 => crate::runtime::field(&mut map, &mut f8, "licenseRevenueSummary"),
                        9 => crate::runtime::field(
                            &mut map,
                            &mut f9,
                            "billingEntitlementRevenueSummary",
                        ),
                        10 => {
                            crate::runtime::field(&mut map, &mut f10, "creditGrantRevenueSummary")
                        }
                        11 => crate::runtime::field(
                            &mut map,
                            &mut f11,
                            "entitlementOverageRevenueSummary",
                        ),
                        12 => crate::runtime::field(&mut map, &mut f12, "slabRevenueSummaries"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(RevenueInfo {
                    usage_rate_card: f0.unwrap_or_default(),
                    fixed_fee_rate_card: f1.unwrap_or_default(),
                    license_rate_card: f2.unwrap_or_default(),
                    billing_entitlement_rate_card: f3.unwrap_or_default(),
                    credit_grant_rate_card: f4.unwrap_or_default(),
                    entitlement_overage_rate_card: f5.unwrap_or_default(),
                    usages: crate::runtime::required(f6, "usages")?,
                    fixed_fee_revenue_summary: f7.unwrap_or_default(),
                    license_revenue_summary: f8.unwrap_or_default(),
                    billing_entitlement_revenue_summary: f9.unwrap_or_default(),
                    credit_grant_revenue_summary: f10.unwrap_or_default(),
                    entitlement_overage_revenue_summary: f11.unwrap_or_default(),
                    slab_revenue_summaries: f12.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("RevenueInfo", FIELDS, RevenueInfoVisitor)
    }
}
impl RevenueInfo {
    /// Creates a `RevenueInfo` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(usages: std::collections::BTreeMap<String, f64>) -> Self {
        Self {
            usage_rate_card: None,
            fixed_fee_rate_card: None,
            license_rate_card: None,
            billing_entitlement_rate_card: None,
            credit_grant_rate_card: None,
            entitlement_overage_rate_card: None,
            usages,
            fixed_fee_revenue_summary: None,
            license_revenue_summary: None,
            billing_entitlement_revenue_summary: None,
            credit_grant_revenue_summary: None,
            entitlement_overage_revenue_summary: None,
            slab_revenue_summaries: None,
        }
    }
}
