//! The `PricingRuleAction` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// The `PricingRuleAction` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct PricingRuleAction {
    /// `type`
    pub r#type: crate::models::PricingRuleActionType,
    /// `target`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// `id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `metadata`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
}

rt::deserialize_struct! {
    PricingRuleAction {
        0 r#type "type" required,
        1 target "target" optional,
        2 id "id" optional,
        3 description "description" optional,
        4 metadata "metadata" optional,
    }
}
impl PricingRuleAction {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(r#type: impl Into<crate::models::PricingRuleActionType>) -> Self {
        Self {
            r#type: r#type.into(),
            target: None,
            id: None,
            description: None,
            metadata: None,
        }
    }

    /// Sets `target`; until set, it is left out.
    pub fn with_target(mut self, value: impl Into<String>) -> Self {
        self.target = Some(value.into());
        self
    }

    /// Sets `id`; until set, it is left out.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `description`; until set, it is left out.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `metadata`; until set, it is left out.
    pub fn with_metadata(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.metadata = Some(value.into());
        self
    }
}

/// The `PricingRuleActionType` schema.
///
/// Values this version of the crate does not know decode into
/// [`PricingRuleActionType::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PricingRuleActionType {
    /// `ADD`
    Add,
    /// `UPDATE`
    Update,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl PricingRuleActionType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Add => "ADD",
            Self::Update => "UPDATE",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for PricingRuleActionType {
    fn from(value: &str) -> Self {
        match value {
            "ADD" => Self::Add,
            "UPDATE" => Self::Update,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for PricingRuleActionType {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for PricingRuleActionType {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for PricingRuleActionType {
    fn as_str(&self) -> &str {
        PricingRuleActionType::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for PricingRuleActionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for PricingRuleActionType {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for PricingRuleActionType {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
