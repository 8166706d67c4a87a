//! The `MetricQuery` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Object representing a single metrics query
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct MetricQuery {
    /// Mandatory  for all request.
    /// User defined ID for identifying the request for your internal reference
    pub id: String,
    /// `name`
    ///
    /// Default: `"EVENTS"`
    pub name: crate::models::MetricName,
    /// Set the aggregation period. Allowed periods are HOUR, DAY, WEEK, MONTH
    ///
    /// Default: `"DAY"`
    #[serde(rename = "aggregationPeriod")]
    pub aggregation_period: crate::models::MetricQueryAggregationPeriod,
    /// Group your metric with a groupBy field.
    /// Allowed fields are
    /// ACCOUNT_ID
    /// EVENT_STATUS
    /// SCHEMA_NAME
    /// USAGE_METER_ID \[Use BILLABLE_ID as this will be deprecated soon...\]
    /// BILLABLE_ID
    /// RAW_EVENT_STATUS
    /// Please refer the table above for the list of combinations allowed in the groupBy
    #[serde(rename = "groupBy", skip_serializing_if = "Option::is_none")]
    pub group_by: Option<String>,
    /// Configurations.
    /// | Metric Name       | Config Key | Allowed Values  | Default value |              Description          |
    /// |-------------------|------------|-----------------|---------------|-----------------------------------|
    /// | REVENUE           | CURRENCY   | BASE or INVOICE | BASE          | currency to return the revenue in |
    /// | REVENUE_FOR_CYCLE | CURRENCY   | BASE or INVOICE | BASE          | currency to return the revenue in |
    #[serde(skip_serializing_if = "Option::is_none")]
    pub configs: Option<std::collections::BTreeMap<String, String>>,
    /// Filter on specific fields.
    /// Refer possible fieldNames and fieldValues from the table above.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<crate::models::MetricQueryFilterEntry>>,
}

rt::deserialize_struct! {
    MetricQuery {
        0 id "id" required,
        1 name "name" required,
        2 aggregation_period "aggregationPeriod" required,
        3 group_by "groupBy" optional,
        4 configs "configs" optional,
        5 filters "filters" optional,
    }
}
impl MetricQuery {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<crate::models::MetricName>,
        aggregation_period: impl Into<crate::models::MetricQueryAggregationPeriod>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            aggregation_period: aggregation_period.into(),
            group_by: None,
            configs: None,
            filters: None,
        }
    }

    /// Sets `group_by` (`groupBy`); until set, it is left out.
    pub fn with_group_by(mut self, value: impl Into<String>) -> Self {
        self.group_by = Some(value.into());
        self
    }

    /// Sets `configs`; until set, it is left out.
    pub fn with_configs(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.configs = Some(value.into());
        self
    }

    /// Sets `filters`; until set, it is left out.
    pub fn with_filters(
        mut self,
        value: impl Into<Vec<crate::models::MetricQueryFilterEntry>>,
    ) -> Self {
        self.filters = Some(value.into());
        self
    }
}

/// Set the aggregation period. Allowed periods are HOUR, DAY, WEEK, MONTH
///
/// Values this version of the crate does not know decode into
/// [`MetricQueryAggregationPeriod::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MetricQueryAggregationPeriod {
    /// `HOUR`
    Hour,
    /// `DAY`
    Day,
    /// `WEEK`
    Week,
    /// `MONTH`
    Month,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl MetricQueryAggregationPeriod {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hour => "HOUR",
            Self::Day => "DAY",
            Self::Week => "WEEK",
            Self::Month => "MONTH",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MetricQueryAggregationPeriod {
    fn from(value: &str) -> Self {
        match value {
            "HOUR" => Self::Hour,
            "DAY" => Self::Day,
            "WEEK" => Self::Week,
            "MONTH" => Self::Month,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for MetricQueryAggregationPeriod {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for MetricQueryAggregationPeriod {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for MetricQueryAggregationPeriod {
    fn as_str(&self) -> &str {
        MetricQueryAggregationPeriod::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for MetricQueryAggregationPeriod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for MetricQueryAggregationPeriod {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for MetricQueryAggregationPeriod {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
