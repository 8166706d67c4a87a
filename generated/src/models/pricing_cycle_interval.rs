//! The `PricingCycleInterval` model.

use togai_codegen_runtime as rt;

/// Interval field allow you to define the billing interval you would like to set
///
/// Values this version of the crate does not know decode into
/// [`PricingCycleInterval::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PricingCycleInterval {
    /// `WEEKLY`
    Weekly,
    /// `MONTHLY`
    Monthly,
    /// `QUARTERLY`
    Quarterly,
    /// `HALF_YEARLY`
    HalfYearly,
    /// `ANNUALLY`
    Annually,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl PricingCycleInterval {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Weekly => "WEEKLY",
            Self::Monthly => "MONTHLY",
            Self::Quarterly => "QUARTERLY",
            Self::HalfYearly => "HALF_YEARLY",
            Self::Annually => "ANNUALLY",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for PricingCycleInterval {
    fn from(value: &str) -> Self {
        match value {
            "WEEKLY" => Self::Weekly,
            "MONTHLY" => Self::Monthly,
            "QUARTERLY" => Self::Quarterly,
            "HALF_YEARLY" => Self::HalfYearly,
            "ANNUALLY" => Self::Annually,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for PricingCycleInterval {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for PricingCycleInterval {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for PricingCycleInterval {
    fn as_str(&self) -> &str {
        PricingCycleInterval::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for PricingCycleInterval {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for PricingCycleInterval {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for PricingCycleInterval {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
