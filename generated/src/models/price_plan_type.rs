//! The `PricePlanType` model.
/// Type of price plan
///
/// Values this version of the crate does not know decode into
/// [`PricePlanType::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PricePlanType {
    /// `BILLING`
    Billing,
    /// `PURCHASE`
    Purchase,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}
impl PricePlanType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Billing => "BILLING",
            Self::Purchase => "PURCHASE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for PricePlanType {
    fn from(value: &str) -> Self {
        match value {
            "BILLING" => Self::Billing,
            "PURCHASE" => Self::Purchase,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl crate::runtime::StringEnum for PricePlanType {
    fn as_str(&self) -> &str {
        PricePlanType::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        value.into()
    }
}
impl std::fmt::Display for PricePlanType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for PricePlanType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for PricePlanType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
