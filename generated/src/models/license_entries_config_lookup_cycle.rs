//! The `LicenseEntriesConfigLookupCycle` model.
/// Cycle of license entries to be looked up, this will be considered if mode is LOOKUP_CYCLE
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct LicenseEntriesConfigLookupCycle {
    /// Effective date of the cycle, will be used to get the license entries of the cycle
    #[serde(rename = "cycleEffectiveOn", skip_serializing_if = "Option::is_none")]
    pub cycle_effective_on: Option<chrono::DateTime<chrono::Utc>>,
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for LicenseEntriesConfigLookupCycle {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["cycleEffectiveOn", "accountId"];
        struct LicenseEntriesConfigLookupCycleVisitor;
        impl<'de> serde::de::Visitor<'de> for LicenseEntriesConfigLookupCycleVisitor {
            type Value = LicenseEntriesConfigLookupCycle;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct LicenseEntriesConfigLookupCycle")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<LicenseEntriesConfigLookupCycle, A::Error> {
                let mut f0: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                let mut f1: Option<String> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field_seed(
                            &mut map,
                            &mut f0,
                            "cycleEffectiveOn",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        1 => crate::runtime::field(&mut map, &mut f1, "accountId"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(LicenseEntriesConfigLookupCycle {
                    cycle_effective_on: f0.unwrap_or_default(),
                    account_id: crate::runtime::required(f1, "accountId")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "LicenseEntriesConfigLookupCycle",
            FIELDS,
            LicenseEntriesConfigLookupCycleVisitor,
        )
    }
}
impl LicenseEntriesConfigLookupCycle {
    /// Creates a `LicenseEntriesConfigLookupCycle` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(account_id: String) -> Self {
        Self {
            cycle_effective_on: None,
            account_id,
        }
    }
}
