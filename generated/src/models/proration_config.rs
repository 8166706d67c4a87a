//! The `ProrationConfig` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Configuration for getting the proration, if not provided no proration will be applied
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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

rt::deserialize_struct! {
    ProrationConfig {
        0 mode "mode" required,
        1 custom_config "customConfig" optional,
        2 lookup_cycle_config "lookupCycleConfig" optional,
    }
}
impl ProrationConfig {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(mode: impl Into<crate::models::ProrationConfigMode>) -> Self {
        Self {
            mode: mode.into(),
            custom_config: None,
            lookup_cycle_config: None,
        }
    }

    /// Sets `custom_config` (`customConfig`); until set, it is left out.
    pub fn with_custom_config(
        mut self,
        value: impl Into<crate::models::ProrationConfigCustomConfig>,
    ) -> Self {
        self.custom_config = Some(value.into());
        self
    }

    /// Sets `lookup_cycle_config` (`lookupCycleConfig`); until set, it is left out.
    pub fn with_lookup_cycle_config(
        mut self,
        value: impl Into<crate::models::ProrationConfigLookupCycleConfig>,
    ) -> Self {
        self.lookup_cycle_config = Some(value.into());
        self
    }
}

/// Mode to get the proration
/// - CUSTOM: Use the proration provided in the request
/// - LOOKUP_CYCLE: Use the proration of a given account for the specified cycle
///
/// Values this version of the crate does not know decode into
/// [`ProrationConfigMode::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
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

impl PartialOrd for ProrationConfigMode {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for ProrationConfigMode {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for ProrationConfigMode {
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

impl rt::serde::Serialize for ProrationConfigMode {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for ProrationConfigMode {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
