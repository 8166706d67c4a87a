//! The `ExpiryType` model.

use togai_codegen_runtime as rt;

/// Expiry type of grant
///
/// Values this version of the crate does not know decode into
/// [`ExpiryType::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExpiryType {
    /// `PRICING_CYCLE`
    PricingCycle,
    /// `NO_EXPIRY`
    NoExpiry,
    /// `CUSTOM`
    Custom,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl ExpiryType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PricingCycle => "PRICING_CYCLE",
            Self::NoExpiry => "NO_EXPIRY",
            Self::Custom => "CUSTOM",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ExpiryType {
    fn from(value: &str) -> Self {
        match value {
            "PRICING_CYCLE" => Self::PricingCycle,
            "NO_EXPIRY" => Self::NoExpiry,
            "CUSTOM" => Self::Custom,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for ExpiryType {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for ExpiryType {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for ExpiryType {
    fn as_str(&self) -> &str {
        ExpiryType::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for ExpiryType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for ExpiryType {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for ExpiryType {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
