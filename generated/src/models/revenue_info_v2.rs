//! The `RevenueInfoV2` model.
/// The `RevenueInfoV2` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct RevenueInfoV2 {
    /// `rateCard`
    #[serde(rename = "rateCard")]
    pub rate_card: crate::models::RateCard,
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
impl<'de> serde::Deserialize<'de> for RevenueInfoV2 {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "rateCard",
            "usages",
            "fixedFeeRevenueSummary",
            "licenseRevenueSummary",
            "billingEntitlementRevenueSummary",
            "creditGrantRevenueSummary",
            "entitlementOverageRevenueSummary",
            "slabRevenueSummaries",
        ];
        struct RevenueInfoV2Visitor;
        impl<'de> serde::de::Visitor<'de> for RevenueInfoV2Visitor {
            type Value = RevenueInfoV2;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct RevenueInfoV2")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<RevenueInfoV2, A::Error> {
                let mut f0: Option<crate::models::RateCard> = None;
                let mut f1: Option<std::collections::BTreeMap<String, f64>> = None;
                let mut f2: Option<Option<crate::models::FixedFeeRevenueSummary>> = None;
                let mut f3: Option<Option<Vec<crate::models::SlabRevenueSummary>>> = None;
                let mut f4: Option<Option<crate::models::BillingEntitlementRevenueSummary>> = None;
                let mut f5: Option<Option<crate::models::CreditGrantRevenueSummary>> = None;
                let mut f6: Option<Option<crate::models::EntitlementOverageRevenueSummary>> = None;
                let mut f7: Option<Option<Vec<crate::models::SlabRevenueSummary>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "rateCard"),
                        1 => crate::runtime::field(&mut map, &mut f1, "usages"),
                        2 => crate::runtime::field(&mut map, &mut f2, "fixedFeeRevenueSummary"),
                        3 => crate::runtime::field(&mut map, &mut f3, "licenseRevenueSummary"),
                        4 => crate::runtime::field(
                            &mut map,
                            &mut f4,
                            "billingEntitlementRevenueSummary",
                        ),
                        5 => crate::runtime::field(&mut map, &mut f5, "creditGrantRevenueSummary"),
                        6 => crate::runtime::field(
                            &mut map,
                            &mut f6,
                            "entitlementOverageRevenueSummary",
                        ),
                        7 => crate::runtime::field(&mut map, &mut f7, "slabRevenueSummaries"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(RevenueInfoV2 {
                    rate_card: crate::runtime::required(f0, "rateCard")?,
                    usages: crate::runtime::required(f1, "usages")?,
                    fixed_fee_revenue_summary: f2.unwrap_or_default(),
                    license_revenue_summary: f3.unwrap_or_default(),
                    billing_entitlement_revenue_summary: f4.unwrap_or_default(),
                    credit_grant_revenue_summary: f5.unwrap_or_default(),
                    entitlement_overage_revenue_summary: f6.unwrap_or_default(),
                    slab_revenue_summaries: f7.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("RevenueInfoV2", FIELDS, RevenueInfoV2Visitor)
    }
}
impl RevenueInfoV2 {
    /// Creates a `RevenueInfoV2` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        rate_card: crate::models::RateCard,
        usages: std::collections::BTreeMap<String, f64>,
    ) -> Self {
        Self {
            rate_card,
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
