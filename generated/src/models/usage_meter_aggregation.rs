//! The `UsageMeterAggregation` model.

use togai_codegen_runtime as rt;

/// Aggregation to be applied on usage meter result
/// * COUNT - Counts number of events matching the usage meter
/// * SUM - Sums up results of computation of all events matching usage meter
///
/// Values this version of the crate does not know decode into
/// [`UsageMeterAggregation::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UsageMeterAggregation {
    /// `COUNT`
    Count,
    /// `SUM`
    Sum,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl UsageMeterAggregation {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Count => "COUNT",
            Self::Sum => "SUM",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UsageMeterAggregation {
    fn from(value: &str) -> Self {
        match value {
            "COUNT" => Self::Count,
            "SUM" => Self::Sum,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for UsageMeterAggregation {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for UsageMeterAggregation {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for UsageMeterAggregation {
    fn as_str(&self) -> &str {
        UsageMeterAggregation::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for UsageMeterAggregation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for UsageMeterAggregation {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for UsageMeterAggregation {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
