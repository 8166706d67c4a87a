//! The `ProrationConfigLookupCycleConfig` model.
/// Cycle of proration to be looked up, this will be considered if mode is LOOKUP_CYCLE
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ProrationConfigLookupCycleConfig {
    /// Defaults to current date time if not provided
    #[serde(rename = "currentDateTime", skip_serializing_if = "Option::is_none")]
    pub current_date_time: Option<chrono::DateTime<chrono::Utc>>,
    /// Defaults to current date time if not provided
    #[serde(rename = "cycleEffectiveOn", skip_serializing_if = "Option::is_none")]
    pub cycle_effective_on: Option<chrono::DateTime<chrono::Utc>>,
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for ProrationConfigLookupCycleConfig {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["currentDateTime", "cycleEffectiveOn", "accountId"];
        struct ProrationConfigLookupCycleConfigVisitor;
        impl<'de> serde::de::Visitor<'de> for ProrationConfigLookupCycleConfigVisitor {
            type Value = ProrationConfigLookupCycleConfig;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct ProrationConfigLookupCycleConfig")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<ProrationConfigLookupCycleConfig, A::Error> {
                let mut f0: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                let mut f1: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                let mut f2: Option<String> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field_seed(
                            &mut map,
                            &mut f0,
                            "currentDateTime",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        1 => crate::runtime::field_seed(
                            &mut map,
                            &mut f1,
                            "cycleEffectiveOn",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        2 => crate::runtime::field(&mut map, &mut f2, "accountId"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(ProrationConfigLookupCycleConfig {
                    current_date_time: f0.unwrap_or_default(),
                    cycle_effective_on: f1.unwrap_or_default(),
                    account_id: crate::runtime::required(f2, "accountId")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "ProrationConfigLookupCycleConfig",
            FIELDS,
            ProrationConfigLookupCycleConfigVisitor,
        )
    }
}
impl ProrationConfigLookupCycleConfig {
    /// Creates a `ProrationConfigLookupCycleConfig` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(account_id: String) -> Self {
        Self {
            current_date_time: None,
            cycle_effective_on: None,
            account_id,
        }
    }
}
