//! The `ExpiryType` model.
/// Expiry type of grant
///
/// Values this version of the crate does not know decode into
/// [`ExpiryType::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
impl crate::runtime::StringEnum for ExpiryType {
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
impl serde::Serialize for ExpiryType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for ExpiryType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
