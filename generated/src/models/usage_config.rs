//! The `UsageConfig` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Configuration for getting the usage
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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

rt::deserialize_struct! {
    UsageConfig {
        0 mode "mode" required,
        1 usage_map "usageMap" optional,
        2 lookup_range "lookupRange" optional,
        3 lookup_cycle "lookupCycle" optional,
    }
}
impl UsageConfig {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(mode: impl Into<crate::models::UsageConfigMode>) -> Self {
        Self {
            mode: mode.into(),
            usage_map: None,
            lookup_range: None,
            lookup_cycle: None,
        }
    }

    /// Sets `usage_map` (`usageMap`); until set, it is left out.
    pub fn with_usage_map(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, f64>>,
    ) -> Self {
        self.usage_map = Some(value.into());
        self
    }

    /// Sets `lookup_range` (`lookupRange`); until set, it is left out.
    pub fn with_lookup_range(
        mut self,
        value: impl Into<crate::models::UsageConfigLookupRange>,
    ) -> Self {
        self.lookup_range = Some(value.into());
        self
    }

    /// Sets `lookup_cycle` (`lookupCycle`); until set, it is left out.
    pub fn with_lookup_cycle(
        mut self,
        value: impl Into<crate::models::UsageConfigLookupCycle>,
    ) -> Self {
        self.lookup_cycle = Some(value.into());
        self
    }
}

/// Mode to get the usage for the usage meters
/// - CUSTOM: Use the usages provided in the request
/// - LOOKUP_RANGE: Use the usage of a given account for the specified range
/// - LOOKUP_CYCLE: Use the usage of a given account for the specified cycle
///
/// Values this version of the crate does not know decode into
/// [`UsageConfigMode::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
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

impl PartialOrd for UsageConfigMode {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for UsageConfigMode {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for UsageConfigMode {
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

impl rt::serde::Serialize for UsageConfigMode {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for UsageConfigMode {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
