//! The `PricePlanType` model.

use togai_codegen_runtime as rt;

/// Type of price plan
///
/// Values this version of the crate does not know decode into
/// [`PricePlanType::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
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

impl PartialOrd for PricePlanType {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for PricePlanType {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for PricePlanType {
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

impl rt::serde::Serialize for PricePlanType {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for PricePlanType {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
