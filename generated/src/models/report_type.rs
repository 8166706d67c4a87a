//! The `ReportType` model.

use togai_codegen_runtime as rt;

/// The `ReportType` schema.
///
/// Values this version of the crate does not know decode into
/// [`ReportType::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReportType {
    /// `TEMPLATE`
    Template,
    /// `QUERY`
    Query,
    /// `CUSTOM`
    Custom,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl ReportType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Template => "TEMPLATE",
            Self::Query => "QUERY",
            Self::Custom => "CUSTOM",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ReportType {
    fn from(value: &str) -> Self {
        match value {
            "TEMPLATE" => Self::Template,
            "QUERY" => Self::Query,
            "CUSTOM" => Self::Custom,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl rt::StringEnum for ReportType {
    fn as_str(&self) -> &str {
        ReportType::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for ReportType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for ReportType {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for ReportType {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
