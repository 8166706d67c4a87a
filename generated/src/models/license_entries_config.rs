//! The `LicenseEntriesConfig` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Configuration for getting the license entries
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct LicenseEntriesConfig {
    /// Mode to get the license entries for the license rate cards
    /// - CUSTOM: Use the license entries provided in the request
    /// - LOOKUP_RANGE: Use the license entries of a given account for the specified range
    /// - LOOKUP_CYCLE: Use the license entries of a given account for the specified cycle
    pub mode: crate::models::LicenseEntriesConfigMode,
    /// List of license entries, this will be considered if mode is CUSTOM
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom: Option<Vec<crate::models::LicenseEntry>>,
    /// `lookupRange`
    #[serde(rename = "lookupRange", skip_serializing_if = "Option::is_none")]
    pub lookup_range: Option<crate::models::LicenseEntriesConfigLookupRange>,
    /// `lookupCycle`
    #[serde(rename = "lookupCycle", skip_serializing_if = "Option::is_none")]
    pub lookup_cycle: Option<crate::models::LicenseEntriesConfigLookupCycle>,
}

rt::deserialize_struct! {
    LicenseEntriesConfig {
        0 mode "mode" required,
        1 custom "custom" optional,
        2 lookup_range "lookupRange" optional,
        3 lookup_cycle "lookupCycle" optional,
    }
}
impl LicenseEntriesConfig {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(mode: impl Into<crate::models::LicenseEntriesConfigMode>) -> Self {
        Self {
            mode: mode.into(),
            custom: None,
            lookup_range: None,
            lookup_cycle: None,
        }
    }

    /// Sets `custom`; until set, it is left out.
    pub fn with_custom(mut self, value: impl Into<Vec<crate::models::LicenseEntry>>) -> Self {
        self.custom = Some(value.into());
        self
    }

    /// Sets `lookup_range` (`lookupRange`); until set, it is left out.
    pub fn with_lookup_range(
        mut self,
        value: impl Into<crate::models::LicenseEntriesConfigLookupRange>,
    ) -> Self {
        self.lookup_range = Some(value.into());
        self
    }

    /// Sets `lookup_cycle` (`lookupCycle`); until set, it is left out.
    pub fn with_lookup_cycle(
        mut self,
        value: impl Into<crate::models::LicenseEntriesConfigLookupCycle>,
    ) -> Self {
        self.lookup_cycle = Some(value.into());
        self
    }
}

/// Mode to get the license entries for the license rate cards
/// - CUSTOM: Use the license entries provided in the request
/// - LOOKUP_RANGE: Use the license entries of a given account for the specified range
/// - LOOKUP_CYCLE: Use the license entries of a given account for the specified cycle
///
/// Values this version of the crate does not know decode into
/// [`LicenseEntriesConfigMode::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LicenseEntriesConfigMode {
    /// `CUSTOM`
    Custom,
    /// `LOOKUP_RANGE`
    LookupRange,
    /// `LOOKUP_CYCLE`
    LookupCycle,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl LicenseEntriesConfigMode {
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

impl From<&str> for LicenseEntriesConfigMode {
    fn from(value: &str) -> Self {
        match value {
            "CUSTOM" => Self::Custom,
            "LOOKUP_RANGE" => Self::LookupRange,
            "LOOKUP_CYCLE" => Self::LookupCycle,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for LicenseEntriesConfigMode {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for LicenseEntriesConfigMode {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for LicenseEntriesConfigMode {
    fn as_str(&self) -> &str {
        LicenseEntriesConfigMode::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for LicenseEntriesConfigMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for LicenseEntriesConfigMode {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for LicenseEntriesConfigMode {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
