//! The `SettingDataType` model.

use togai_codegen_runtime as rt;

/// The `SettingDataType` schema.
///
/// Values this version of the crate does not know decode into
/// [`SettingDataType::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SettingDataType {
    /// `STRING`
    String,
    /// `NUMERIC`
    Numeric,
    /// `JSON`
    Json,
    /// `JSON_LOGIC`
    JsonLogic,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl SettingDataType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "STRING",
            Self::Numeric => "NUMERIC",
            Self::Json => "JSON",
            Self::JsonLogic => "JSON_LOGIC",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for SettingDataType {
    fn from(value: &str) -> Self {
        match value {
            "STRING" => Self::String,
            "NUMERIC" => Self::Numeric,
            "JSON" => Self::Json,
            "JSON_LOGIC" => Self::JsonLogic,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for SettingDataType {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for SettingDataType {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for SettingDataType {
    fn as_str(&self) -> &str {
        SettingDataType::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for SettingDataType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for SettingDataType {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for SettingDataType {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
