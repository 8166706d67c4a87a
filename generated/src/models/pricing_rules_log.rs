//! The `PricingRulesLog` model and the types inlined in it.
use crate::runtime as rt;
/// Pricing Rules Logs
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct PricingRulesLog {
    /// `id`
    pub id: String,
    /// `type`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::models::PricingRulesLogType>,
    /// `order`
    pub order: i32,
    /// `changes`
    pub changes: crate::models::PricingRuleChangesLog,
    /// `rule`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<crate::models::PricingRuleInfo>,
    /// `variablesValue`
    #[serde(
        rename = "variablesValue",
        skip_serializing_if = "crate::Nullable::is_absent"
    )]
    pub variables_value:
        crate::Nullable<std::collections::BTreeMap<String, crate::models::PricingRulesValues>>,
}
rt::deserialize_struct! {
    PricingRulesLog {
        0 id "id" required,
        1 r#type "type" optional,
        2 order "order" required,
        3 changes "changes" required,
        4 rule "rule" optional,
        5 variables_value "variablesValue" optional,
    }
}
impl PricingRulesLog {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        id: impl Into<String>,
        order: impl Into<i32>,
        changes: impl Into<crate::models::PricingRuleChangesLog>,
    ) -> Self {
        Self {
            id: id.into(),
            r#type: None,
            order: order.into(),
            changes: changes.into(),
            rule: None,
            variables_value: rt::Nullable::Absent,
        }
    }
    /// Sets `type`; until set, it is left out.
    pub fn with_type(mut self, value: impl Into<crate::models::PricingRulesLogType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `rule`; until set, it is left out.
    pub fn with_rule(mut self, value: impl Into<crate::models::PricingRuleInfo>) -> Self {
        self.rule = Some(value.into());
        self
    }
    /// Sets `variables_value` (`variablesValue`); until set, it is left out.
    pub fn with_variables_value(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, crate::models::PricingRulesValues>>,
    ) -> Self {
        self.variables_value = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `variables_value` to an explicit `null` (in a partial update: clear the stored value).
    pub fn with_variables_value_null(mut self) -> Self {
        self.variables_value = rt::Nullable::Null;
        self
    }
}
/// The `PricingRulesLogType` schema.
///
/// Values this version of the crate does not know decode into
/// [`PricingRulesLogType::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PricingRulesLogType {
    /// `CONDITION_TRUE`
    ConditionTrue,
    /// `CONDITION_FALSE`
    ConditionFalse,
    /// `CONDITION_ERROR`
    ConditionError,
    /// `COMPUTATION_ERROR`
    ComputationError,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}
impl PricingRulesLogType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ConditionTrue => "CONDITION_TRUE",
            Self::ConditionFalse => "CONDITION_FALSE",
            Self::ConditionError => "CONDITION_ERROR",
            Self::ComputationError => "COMPUTATION_ERROR",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for PricingRulesLogType {
    fn from(value: &str) -> Self {
        match value {
            "CONDITION_TRUE" => Self::ConditionTrue,
            "CONDITION_FALSE" => Self::ConditionFalse,
            "CONDITION_ERROR" => Self::ConditionError,
            "COMPUTATION_ERROR" => Self::ComputationError,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl PartialOrd for PricingRulesLogType {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for PricingRulesLogType {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}
impl crate::runtime::StringEnum for PricingRulesLogType {
    fn as_str(&self) -> &str {
        PricingRulesLogType::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        value.into()
    }
}
impl std::fmt::Display for PricingRulesLogType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for PricingRulesLogType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for PricingRulesLogType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
