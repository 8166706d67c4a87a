//! The `PurchasePlanOverride` model.
/// entitlements override options for purchase of a price plan for an account
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct PurchasePlanOverride {
    /// `fixedFeeRateCards`
    #[serde(rename = "fixedFeeRateCards", skip_serializing_if = "Option::is_none")]
    pub fixed_fee_rate_cards: Option<Vec<crate::models::FixedFeeRateCard>>,
    /// `billingEntitlementRateCards`
    #[serde(
        rename = "billingEntitlementRateCards",
        skip_serializing_if = "Option::is_none"
    )]
    pub billing_entitlement_rate_cards: Option<Vec<crate::models::BillingEntitlementRateCard>>,
    /// `creditGrantRateCards`
    #[serde(
        rename = "creditGrantRateCards",
        skip_serializing_if = "Option::is_none"
    )]
    pub credit_grant_rate_cards: Option<Vec<crate::models::CreditGrantRateCard>>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for PurchasePlanOverride {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "fixedFeeRateCards",
            "billingEntitlementRateCards",
            "creditGrantRateCards",
        ];
        struct PurchasePlanOverrideVisitor;
        impl<'de> serde::de::Visitor<'de> for PurchasePlanOverrideVisitor {
            type Value = PurchasePlanOverride;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct PurchasePlanOverride")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<PurchasePlanOverride, A::Error> {
                let mut f0: Option<Option<Vec<crate::models::FixedFeeRateCard>>> = None;
                let mut f1: Option<Option<Vec<crate::models::BillingEntitlementRateCard>>> = None;
                let mut f2: Option<Option<Vec<crate::models::CreditGrantRateCard>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "fixedFeeRateCards"),
                        1 => {
                            crate::runtime::field(&mut map, &mut f1, "billingEntitlementRateCards")
                        }
                        2 => crate::runtime::field(&mut map, &mut f2, "creditGrantRateCards"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(PurchasePlanOverride {
                    fixed_fee_rate_cards: f0.unwrap_or_default(),
                    billing_entitlement_rate_cards: f1.unwrap_or_default(),
                    credit_grant_rate_cards: f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("PurchasePlanOverride", FIELDS, PurchasePlanOverrideVisitor)
    }
}
