//! The `MigrationMode` model.

use togai_codegen_runtime as rt;

/// The `MigrationMode` schema.
///
/// Values this version of the crate does not know decode into
/// [`MigrationMode::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MigrationMode {
    /// `IMMEDIATE`
    Immediate,
    /// `IMMEDIATE_IGNORE_OVERRIDE`
    ImmediateIgnoreOverride,
    /// `NEXT_CYCLE`
    NextCycle,
    /// `NEXT_CYCLE_IGNORE_OVERRIDE`
    NextCycleIgnoreOverride,
    /// `NONE`
    None,
    /// `START_OF_CURRENT_CYCLE`
    StartOfCurrentCycle,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl MigrationMode {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Immediate => "IMMEDIATE",
            Self::ImmediateIgnoreOverride => "IMMEDIATE_IGNORE_OVERRIDE",
            Self::NextCycle => "NEXT_CYCLE",
            Self::NextCycleIgnoreOverride => "NEXT_CYCLE_IGNORE_OVERRIDE",
            Self::None => "NONE",
            Self::StartOfCurrentCycle => "START_OF_CURRENT_CYCLE",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MigrationMode {
    fn from(value: &str) -> Self {
        match value {
            "IMMEDIATE" => Self::Immediate,
            "IMMEDIATE_IGNORE_OVERRIDE" => Self::ImmediateIgnoreOverride,
            "NEXT_CYCLE" => Self::NextCycle,
            "NEXT_CYCLE_IGNORE_OVERRIDE" => Self::NextCycleIgnoreOverride,
            "NONE" => Self::None,
            "START_OF_CURRENT_CYCLE" => Self::StartOfCurrentCycle,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for MigrationMode {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for MigrationMode {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for MigrationMode {
    fn as_str(&self) -> &str {
        MigrationMode::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for MigrationMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for MigrationMode {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for MigrationMode {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
