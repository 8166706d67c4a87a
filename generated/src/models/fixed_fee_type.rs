//! The `FixedFeeType` model.
/// Fixed fee applies either for a one-time occurrence or for each cycle.
///
/// Values this version of the crate does not know decode into
/// [`FixedFeeType::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FixedFeeType {
    /// `ONE_TIME`
    OneTime,
    /// `RECURRING`
    Recurring,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}
impl FixedFeeType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OneTime => "ONE_TIME",
            Self::Recurring => "RECURRING",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for FixedFeeType {
    fn from(value: &str) -> Self {
        match value {
            "ONE_TIME" => Self::OneTime,
            "RECURRING" => Self::Recurring,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl crate::runtime::StringEnum for FixedFeeType {
    fn as_str(&self) -> &str {
        FixedFeeType::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        value.into()
    }
}
impl std::fmt::Display for FixedFeeType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for FixedFeeType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for FixedFeeType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
