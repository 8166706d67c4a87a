//! The `RateCardDetails` model.
/// Rate card details
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct RateCardDetails {
    /// `fixedFeeRateCard`
    #[serde(rename = "fixedFeeRateCard", skip_serializing_if = "Option::is_none")]
    pub fixed_fee_rate_card: Option<crate::models::FixedFeeRateCard>,
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
    /// `usageRateCard`
    #[serde(rename = "usageRateCard", skip_serializing_if = "Option::is_none")]
    pub usage_rate_card: Option<crate::models::UsageRateCard>,
    /// `licenseRateCard`
    #[serde(rename = "licenseRateCard", skip_serializing_if = "Option::is_none")]
    pub license_rate_card: Option<crate::models::LicenseRateCard>,
    /// `entitlementOverageRateCard`
    #[serde(
        rename = "entitlementOverageRateCard",
        skip_serializing_if = "Option::is_none"
    )]
    pub entitlement_overage_rate_card: Option<crate::models::EntitlementOverageRateCard>,
    /// `minimumCommitmentRateCard`
    #[serde(
        rename = "minimumCommitmentRateCard",
        skip_serializing_if = "Option::is_none"
    )]
    pub minimum_commitment_rate_card: Option<crate::models::MinimumCommitment>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for RateCardDetails {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "fixedFeeRateCard",
            "billingEntitlementRateCard",
            "creditGrantRateCard",
            "usageRateCard",
            "licenseRateCard",
            "entitlementOverageRateCard",
            "minimumCommitmentRateCard",
        ];
        struct RateCardDetailsVisitor;
        impl<'de> serde::de::Visitor<'de> for RateCardDetailsVisitor {
            type Value = RateCardDetails;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct RateCardDetails")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<RateCardDetails, A::Error> {
                let mut f0: Option<Option<crate::models::FixedFeeRateCard>> = None;
                let mut f1: Option<Option<crate::models::BillingEntitlementRateCard>> = None;
                let mut f2: Option<Option<crate::models::CreditGrantRateCard>> = None;
                let mut f3: Option<Option<crate::models::UsageRateCard>> = None;
                let mut f4: Option<Option<crate::models::LicenseRateCard>> = None;
                let mut f5: Option<Option<crate::models::EntitlementOverageRateCard>> = None;
                let mut f6: Option<Option<crate::models::MinimumCommitment>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "fixedFeeRateCard"),
                        1 => crate::runtime::field(&mut map, &mut f1, "billingEntitlementRateCard"),
                        2 => crate::runtime::field(&mut map, &mut f2, "creditGrantRateCard"),
                        3 => crate::runtime::field(&mut map, &mut f3, "usageRateCard"),
                        4 => crate::runtime::field(&mut map, &mut f4, "licenseRateCard"),
                        5 => crate::runtime::field(&mut map, &mut f5, "entitlementOverageRateCard"),
                        6 => crate::runtime::field(&mut map, &mut f6, "minimumCommitmentRateCard"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(RateCardDetails {
                    fixed_fee_rate_card: f0.unwrap_or_default(),
                    billing_entitlement_rate_card: f1.unwrap_or_default(),
                    credit_grant_rate_card: f2.unwrap_or_default(),
                    usage_rate_card: f3.unwrap_or_default(),
                    license_rate_card: f4.unwrap_or_default(),
                    entitlement_overage_rate_card: f5.unwrap_or_default(),
                    minimum_commitment_rate_card: f6.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("RateCardDetails", FIELDS, RateCardDetailsVisitor)
    }
}
