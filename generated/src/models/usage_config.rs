//! The `UsageConfig` model and the types inlined in it.
/// Configuration for getting the usage
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct UsageConfig {
    /// Mode to get the usage for the usage meters
    /// - CUSTOM: Use the usages provided in the request
    /// - LOOKUP_RANGE: Use the usage of a given account for the specified range
    /// - LOOKUP_CYCLE: Use the usage of a given account for the specified cycle
    pub mode: crate::models::UsageConfigMode,
    /// Map of usage meter id and usage, this will be considered if mode is CUSTOM
    #[serde(rename = "usageMap", skip_serializing_if = "Option::is_none")]
    pub usage_map: Option<std::collections::BTreeMap<String, f64>>,
    /// `lookupRange`
    #[serde(rename = "lookupRange", skip_serializing_if = "Option::is_none")]
    pub lookup_range: Option<crate::models::UsageConfigLookupRange>,
    /// `lookupCycle`
    #[serde(rename = "lookupCycle", skip_serializing_if = "Option::is_none")]
    pub lookup_cycle: Option<crate::models::UsageConfigLookupCycle>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for UsageConfig {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["mode", "usageMap", "lookupRange", "lookupCycle"];
        struct UsageConfigVisitor;
        impl<'de> serde::de::Visitor<'de> for UsageConfigVisitor {
            type Value = UsageConfig;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct UsageConfig")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<UsageConfig, A::Error> {
                let mut f0: Option<crate::models::UsageConfigMode> = None;
                let mut f1: Option<Option<std::collections::BTreeMap<String, f64>>> = None;
                let mut f2: Option<Option<crate::models::UsageConfigLookupRange>> = None;
                let mut f3: Option<Option<crate::models::UsageConfigLookupCycle>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "mode"),
                        1 => crate::runtime::field(&mut map, &mut f1, "usageMap"),
                        2 => crate::runtime::field(&mut map, &mut f2, "lookupRange"),
                        3 => crate::runtime::field(&mut map, &mut f3, "lookupCycle"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(UsageConfig {
                    mode: crate::runtime::required(f0, "mode")?,
                    usage_map: f1.unwrap_or_default(),
                    lookup_range: f2.unwrap_or_default(),
                    lookup_cycle: f3.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("UsageConfig", FIELDS, UsageConfigVisitor)
    }
}
impl UsageConfig {
    /// Creates a `UsageConfig` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(mode: crate::models::UsageConfigMode) -> Self {
        Self {
            mode,
            usage_map: None,
            lookup_range: None,
            lookup_cycle: None,
        }
    }
}
/// Mode to get the usage for the usage meters
/// - CUSTOM: Use the usages provided in the request
/// - LOOKUP_RANGE: Use the usage of a given account for the specified range
/// - LOOKUP_CYCLE: Use the usage of a given account for the specified cycle
///
/// Values this version of the crate does not know decode into
/// [`UsageConfigMode::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UsageConfigMode {
    /// `CUSTOM`
    Custom,
    /// `LOOKUP_RANGE`
    LookupRange,
    /// `LOOKUP_CYCLE`
    LookupCycle,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}
impl UsageConfigMode {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Custom => "CUSTOM",
            Self::LookupRange => "LOOKUP_RANGE",
            Self::LookupCycle => "LOOKUP_CYCLE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for UsageConfigMode {
    fn from(value: &str) -> Self {
        match value {
            "CUSTOM" => Self::Custom,
            "LOOKUP_RANGE" => Self::LookupRange,
            "LOOKUP_CYCLE" => Self::LookupCycle,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl crate::runtime::StringEnum for UsageConfigMode {
    fn as_str(&self) -> &str {
        UsageConfigMode::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        value.into()
    }
}
impl std::fmt::Display for UsageConfigMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for UsageConfigMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for UsageConfigMode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
