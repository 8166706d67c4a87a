//! The `UsageCycleInterval` model.

use togai_codegen_runtime as rt;

/// UsageCycleInterval field allows you to treat the billing interval as many smaller windows. Revenue is calculated for
/// each of the windows (usage cycles) and their sum is considered as the billing interval revenue.
/// Example: 1 Named License being used across entire billing interval. Rate Value: $1/license
/// CASE 1: Without usage cycle. $1 is charged for the entire billing cycle.
/// CASE 2: Usage cycle is configure to be WEEKLY and the billing interval has 4 weeks. In this case $1 is charged
/// for each week totalling to $4 across for the billing interval
///
/// Values this version of the crate does not know decode into
/// [`UsageCycleInterval::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UsageCycleInterval {
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

impl UsageCycleInterval {
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

impl From<&str> for UsageCycleInterval {
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

impl PartialOrd for UsageCycleInterval {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for UsageCycleInterval {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for UsageCycleInterval {
    fn as_str(&self) -> &str {
        UsageCycleInterval::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for UsageCycleInterval {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for UsageCycleInterval {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for UsageCycleInterval {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
