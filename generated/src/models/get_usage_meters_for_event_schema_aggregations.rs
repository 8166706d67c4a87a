//! The `GetUsageMetersForEventSchemaAggregations` model.

use togai_codegen_runtime as rt;

/// The `GetUsageMetersForEventSchemaAggregations` schema.
///
/// Values this version of the crate does not know decode into
/// [`GetUsageMetersForEventSchemaAggregations::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetUsageMetersForEventSchemaAggregations {
    /// `COUNT`
    Count,
    /// `SUM`
    Sum,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl GetUsageMetersForEventSchemaAggregations {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Count => "COUNT",
            Self::Sum => "SUM",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetUsageMetersForEventSchemaAggregations {
    fn from(value: &str) -> Self {
        match value {
            "COUNT" => Self::Count,
            "SUM" => Self::Sum,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for GetUsageMetersForEventSchemaAggregations {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for GetUsageMetersForEventSchemaAggregations {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for GetUsageMetersForEventSchemaAggregations {
    fn as_str(&self) -> &str {
        GetUsageMetersForEventSchemaAggregations::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for GetUsageMetersForEventSchemaAggregations {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for GetUsageMetersForEventSchemaAggregations {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for GetUsageMetersForEventSchemaAggregations {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
