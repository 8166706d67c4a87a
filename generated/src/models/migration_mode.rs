//! The `MigrationMode` model.
/// The `MigrationMode` schema.
///
/// Values this version of the crate does not know decode into
/// [`MigrationMode::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
impl crate::runtime::StringEnum for MigrationMode {
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
impl serde::Serialize for MigrationMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for MigrationMode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
