//! The `ProrationConfig` model and the types inlined in it.
/// Configuration for getting the proration, if not provided no proration will be applied
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ProrationConfig {
    /// Mode to get the proration
    /// - CUSTOM: Use the proration provided in the request
    /// - LOOKUP_CYCLE: Use the proration of a given account for the specified cycle
    pub mode: crate::models::ProrationConfigMode,
    /// `customConfig`
    #[serde(rename = "customConfig", skip_serializing_if = "Option::is_none")]
    pub custom_config: Option<crate::models::ProrationConfigCustomConfig>,
    /// `lookupCycleConfig`
    #[serde(rename = "lookupCycleConfig", skip_serializing_if = "Option::is_none")]
    pub lookup_cycle_config: Option<crate::models::ProrationConfigLookupCycleConfig>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for ProrationConfig {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["mode", "customConfig", "lookupCycleConfig"];
        struct ProrationConfigVisitor;
        impl<'de> serde::de::Visitor<'de> for ProrationConfigVisitor {
            type Value = ProrationConfig;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct ProrationConfig")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<ProrationConfig, A::Error> {
                let mut f0: Option<crate::models::ProrationConfigMode> = None;
                let mut f1: Option<Option<crate::models::ProrationConfigCustomConfig>> = None;
                let mut f2: Option<Option<crate::models::ProrationConfigLookupCycleConfig>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "mode"),
                        1 => crate::runtime::field(&mut map, &mut f1, "customConfig"),
                        2 => crate::runtime::field(&mut map, &mut f2, "lookupCycleConfig"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(ProrationConfig {
                    mode: crate::runtime::required(f0, "mode")?,
                    custom_config: f1.unwrap_or_default(),
                    lookup_cycle_config: f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ProrationConfig", FIELDS, ProrationConfigVisitor)
    }
}
impl ProrationConfig {
    /// Creates a `ProrationConfig` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(mode: crate::models::ProrationConfigMode) -> Self {
        Self {
            mode,
            custom_config: None,
            lookup_cycle_config: None,
        }
    }
}
/// Mode to get the proration
/// - CUSTOM: Use the proration provided in the request
/// - LOOKUP_CYCLE: Use the proration of a given account for the specified cycle
///
/// Values this version of the crate does not know decode into
/// [`ProrationConfigMode::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProrationConfigMode {
    /// `CUSTOM`
    Custom,
    /// `LOOKUP_CYCLE`
    LookupCycle,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}
impl ProrationConfigMode {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Custom => "CUSTOM",
            Self::LookupCycle => "LOOKUP_CYCLE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ProrationConfigMode {
    fn from(value: &str) -> Self {
        match value {
            "CUSTOM" => Self::Custom,
            "LOOKUP_CYCLE" => Self::LookupCycle,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl crate::runtime::StringEnum for ProrationConfigMode {
    fn as_str(&self) -> &str {
        ProrationConfigMode::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        value.into()
    }
}
impl std::fmt::Display for ProrationConfigMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ProrationConfigMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for ProrationConfigMode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
