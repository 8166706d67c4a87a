//! The `EntitlementOverageConfigLookupCycle` model.
/// Billing cycle of entitlement overages to be looked up, this will be considered if mode is LOOKUP_CYCLE
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EntitlementOverageConfigLookupCycle {
    /// Effective date of the cycle, will be used to get the license entries of the cycle
    #[serde(rename = "billingCycleEndDate")]
    pub billing_cycle_end_date: chrono::DateTime<chrono::Utc>,
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for EntitlementOverageConfigLookupCycle {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["billingCycleEndDate", "accountId"];
        struct EntitlementOverageConfigLookupCycleVisitor;
        impl<'de> serde::de::Visitor<'de> for EntitlementOverageConfigLookupCycleVisitor {
            type Value = EntitlementOverageConfigLookupCycle;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct EntitlementOverageConfigLookupCycle")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<EntitlementOverageConfigLookupCycle, A::Error> {
                let mut f0: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f1: Option<String> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field_seed(
                            &mut map,
                            &mut f0,
                            "billingCycleEndDate",
                            crate::runtime::datetime::Seed,
                        ),
                        1 => crate::runtime::field(&mut map, &mut f1, "accountId"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(EntitlementOverageConfigLookupCycle {
                    billing_cycle_end_date: crate::runtime::required(f0, "billingCycleEndDate")?,
                    account_id: crate::runtime::required(f1, "accountId")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "EntitlementOverageConfigLookupCycle",
            FIELDS,
            EntitlementOverageConfigLookupCycleVisitor,
        )
    }
}
impl EntitlementOverageConfigLookupCycle {
    /// Creates a `EntitlementOverageConfigLookupCycle` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(billing_cycle_end_date: chrono::DateTime<chrono::Utc>, account_id: String) -> Self {
        Self {
            billing_cycle_end_date,
            account_id,
        }
    }
}
