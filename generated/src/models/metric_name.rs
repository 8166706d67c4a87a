//! The `MetricName` model.

use togai_codegen_runtime as rt;

/// Define the metric you would like to get - allowed options are
/// EVENTS - Aggregation of raw events,
/// USAGE - Default to METER_USAGE. To be deprecated soon,
/// METER_USAGE - Aggregated usage value from Usage meters,
/// NAMED_LICENSE_USAGE - Aggregated usage value from Named Licenses,
/// REVENUE - Aggregated revenue value from Pricing Plans
/// USAGE_FOR_CYCLE - Usage in pricing cycle
/// REVENUE_FOR_CYCLE - Revenue in pricing cycle
///
/// Values this version of the crate does not know decode into
/// [`MetricName::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MetricName {
    /// `EVENTS`
    Events,
    /// `USAGE`
    Usage,
    /// `METER_USAGE`
    MeterUsage,
    /// `NAMED_LICENSE_USAGE`
    NamedLicenseUsage,
    /// `REVENUE`
    Revenue,
    /// `USAGE_FOR_CYCLE`
    UsageForCycle,
    /// `REVENUE_FOR_CYCLE`
    RevenueForCycle,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl MetricName {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Events => "EVENTS",
            Self::Usage => "USAGE",
            Self::MeterUsage => "METER_USAGE",
            Self::NamedLicenseUsage => "NAMED_LICENSE_USAGE",
            Self::Revenue => "REVENUE",
            Self::UsageForCycle => "USAGE_FOR_CYCLE",
            Self::RevenueForCycle => "REVENUE_FOR_CYCLE",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MetricName {
    fn from(value: &str) -> Self {
        match value {
            "EVENTS" => Self::Events,
            "USAGE" => Self::Usage,
            "METER_USAGE" => Self::MeterUsage,
            "NAMED_LICENSE_USAGE" => Self::NamedLicenseUsage,
            "REVENUE" => Self::Revenue,
            "USAGE_FOR_CYCLE" => Self::UsageForCycle,
            "REVENUE_FOR_CYCLE" => Self::RevenueForCycle,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for MetricName {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for MetricName {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for MetricName {
    fn as_str(&self) -> &str {
        MetricName::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for MetricName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for MetricName {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for MetricName {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
