//! The `PricingRuleTiming` model.

use togai_codegen_runtime as rt;

/// If IN_ADVANCE, the rule will be applied on rate cards with invoice timing IN_ADVANCE .
/// If IN_ARREARS, the rule will be applied on rate cards with invoice timing IN_ARREARS .
///
/// Values this version of the crate does not know decode into
/// [`PricingRuleTiming::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PricingRuleTiming {
    /// `IN_ADVANCE`
    InAdvance,
    /// `IN_ARREARS`
    InArrears,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl PricingRuleTiming {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InAdvance => "IN_ADVANCE",
            Self::InArrears => "IN_ARREARS",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for PricingRuleTiming {
    fn from(value: &str) -> Self {
        match value {
            "IN_ADVANCE" => Self::InAdvance,
            "IN_ARREARS" => Self::InArrears,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for PricingRuleTiming {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for PricingRuleTiming {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for PricingRuleTiming {
    fn as_str(&self) -> &str {
        PricingRuleTiming::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for PricingRuleTiming {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for PricingRuleTiming {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for PricingRuleTiming {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
